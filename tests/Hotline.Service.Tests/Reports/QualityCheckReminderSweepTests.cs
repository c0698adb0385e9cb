using Hotline.Domain.Reports.QualityChecks;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Reports.QualityChecks;
using Hotline.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Service.Tests.Reports;

/// <summary>R-RP-1: a week that passed without the manager's quality check is reminded to the managers by SMS, once; a checked week is not.</summary>
public sealed class QualityCheckReminderSweepTests
{
    private static readonly DateTimeOffset Monday0900 = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly InMemoryQualityChecks _store = new();
    private readonly InMemoryStaffDirectory _directory = new();
    private readonly RecordingProvider _sms = new();
    private readonly ManualTimeProvider _clock = new(Monday0900);

    private QualityCheckReminderSweep Sweep() => new(ProfileRegistry.BuiltIn(), _store, _directory, _sms, _clock, NullLogger<QualityCheckReminderSweep>.Instance);

    private async Task SeedAsync()
    {
        foreach (var member in TestOrg.Directory)
        {
            await _directory.UpsertAsync(new StaffRecord(member, null), CancellationToken.None);
        }
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task WeekWithoutCheck_ManagersRemindedOnce()
    {
        await SeedAsync();
        Assert.Equal(1, await Sweep().RunAsync(CancellationToken.None));
        Assert.Equal(0, await Sweep().RunAsync(CancellationToken.None));

        var managers = TestOrg.Directory.Where(m => m.Has(Role.Manager)).Select(m => m.Id.Value).ToList();
        Assert.NotEmpty(managers);
        Assert.Equal(managers.Count, _sms.Requests.Count);
        Assert.All(_sms.Requests, r => Assert.Contains("投诉质量记录尚未检查", r.Text, StringComparison.Ordinal));
        Assert.Contains(_sms.Requests, r => r.OutboxId == $"quality-check-reminder.park-dispatch.quality-check.2026-11-16.{managers[0]}");
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task CheckedWeek_NoReminder()
    {
        await SeedAsync();
        var check = WeeklyQualityChecks.Record(
            ProfileRegistry.BuiltIn().Find("park-dispatch")!, new DateOnly(2026, 11, 20), TestOrg.Member("mgr"), "记录齐全", null, Monday0900.AddHours(-72));
        Assert.True(await _store.TryAddAsync(check, CancellationToken.None));
        Assert.False(await _store.TryAddAsync(check with { Findings = "again" }, CancellationToken.None));

        Assert.Equal(0, await Sweep().RunAsync(CancellationToken.None));
        Assert.Empty(_sms.Requests);
    }
}
