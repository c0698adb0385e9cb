using Hotline.Domain.Callers;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Reports.Submissions;
using Hotline.Service.Sms;
using Hotline.Service.Tests.Storage;
using Hotline.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Service.Tests.Reports;

/// <summary>R-RP-9: the sweep sends the due reminders by SMS to whoever holds the step, records each once, and retries transient failures.</summary>
public sealed class ReportReminderSweepTests
{
    private static readonly DateTimeOffset Thursday0900 = new(2026, 11, 19, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly InMemoryReportSubmissions _store = new();
    private readonly InMemoryStaffDirectory _directory = new();
    private readonly RecordingProvider _sms = new();
    private readonly ManualTimeProvider _clock = new(Thursday0900);

    private ReportReminderSweep Sweep() =>
        new(ProfileRegistry.BuiltIn(), _store, _directory, _sms, _clock, NullLogger<ReportReminderSweep>.Instance);

    private async Task SeedAsync()
    {
        foreach (var member in TestOrg.Directory)
        {
            await _directory.UpsertAsync(new StaffRecord(member, null), CancellationToken.None);
        }

        await _directory.UpsertAsync(new StaffRecord(new StaffMember(
            StaffId.Parse("business-head"), "经营科科长", PhoneNumber.Parse("13800009999"), new HashSet<Role> { Role.Supervisor }, "business", StaffId.Parse("mgr"), true), null), CancellationToken.None);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task GeneratedReport_SectionHeadGetsTheRollUpReminderOnce()
    {
        await SeedAsync();
        await _store.TrySaveAsync(ReportSubmissionsContract.Sample("{}"), 0, CancellationToken.None);

        Assert.Equal(1, await Sweep().RunAsync(CancellationToken.None));
        Assert.Equal(0, await Sweep().RunAsync(CancellationToken.None));

        var sms = Assert.Single(_sms.Requests);
        Assert.Equal(("+8613800009999", "report-reminder.heating-supervision.2026-11.roll-up-due.business-head"), (sms.To, sms.OutboxId));
        Assert.Contains("11月20日前经审核、审批", sms.Text, StringComparison.Ordinal);
        var record = Assert.Single(await _store.RemindersAsync("heating-supervision", "2026-11", CancellationToken.None));
        Assert.Equal(["business-head"], record.SentTo);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task UpstreamDayPassed_ManagerIsTold_AfterATransientFailureIsRetried()
    {
        await SeedAsync();
        _clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.FromHours(8)));
        _sms.Script = _ => new SmsSendOutcome.TransientFailure("throttled", null);
        Assert.Equal(0, await Sweep().RunAsync(CancellationToken.None));
        Assert.Empty(await _store.RemindersAsync("heating-supervision", "2026-11", CancellationToken.None));

        _sms.Script = null;
        Assert.Equal(1, await Sweep().RunAsync(CancellationToken.None));
        var record = Assert.Single(await _store.RemindersAsync("heating-supervision", "2026-11", CancellationToken.None));
        Assert.Equal((ReminderKind.UpstreamOverdue, "mgr"), (record.Kind, Assert.Single(record.SentTo)));
        Assert.Contains("未于11月23日前上报物业办", Assert.Single(_sms.Delivered).Text, StringComparison.Ordinal);
    }
}
