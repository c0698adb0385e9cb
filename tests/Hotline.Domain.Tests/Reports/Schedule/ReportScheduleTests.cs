using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Schedule;
using Hotline.Domain.Reports.Submissions;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Schedule;

/// <summary>Which period reports are due to be stored at an instant, in the profile's calendar, and which become the R-RP-9 draft.</summary>
public sealed class ReportScheduleTests
{
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];
    private static readonly Profile Gm = ProfileCatalog.BuiltIn[ProfileCatalog.GmHotline];

    private static Dictionary<SnapshotKind, DueSnapshot> Due(Profile profile, string local) =>
        ReportSchedule.Due(profile, Local(local)).ToDictionary(d => d.Kind);

    [Fact]
    [Trait("Rule", "R-RP-6")]
    public void DailyReport_IsDueOnceTheLocalDayHasClosed_NotBefore()
    {
        // 23:59 Beijing time on the 30th is still the 30th: the last closed day is the 29th.
        Assert.Equal(new DateOnly(2026, 11, 29), Due(Gm, "2026-11-30 23:59")[SnapshotKind.Daily].Period.FirstDay);
        var due = Due(Gm, "2026-12-01 00:00")[SnapshotKind.Daily];
        Assert.Equal((new DateOnly(2026, 11, 30), "gm-hotline.daily.2026-11-30"), (due.Period.FirstDay, due.Id));
        Assert.Equal(Local("2026-12-01 00:00"), due.Period.EndUtc);
    }

    [Fact]
    [Trait("Rule", "R-RP-4")]
    public void WeeklyAndMonthlyReports_AreTheLastClosedIsoWeekAndMonth()
    {
        // Sunday 2026-11-29 23:00: the week of the 23rd is still running, so the week due is the 16th–22nd; the month due is October.
        var sunday = Due(Heating, "2026-11-29 23:00");
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22)), (sunday[SnapshotKind.Weekly].Period.FirstDay, sunday[SnapshotKind.Weekly].Period.LastDay));
        Assert.Equal("heating-supervision.monthly.2026-10", sunday[SnapshotKind.Monthly].Id);

        // Tuesday 1 December 00:00 local (16:00 UTC on the 30th): the week of the 23rd and November have closed.
        var december = Due(Heating, "2026-12-01 00:00");
        Assert.Equal("heating-supervision.weekly.2026-11-23", december[SnapshotKind.Weekly].Id);
        Assert.Equal("heating-supervision.monthly.2026-11", december[SnapshotKind.Monthly].Id);
        Assert.All(december.Values, d => Assert.True(d.Period.EndUtc <= Local("2026-12-01 00:00")));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void StoredWeeklyAndMonthlyReports_BecomeTheDraft_WhereTheChainCoversThem()
    {
        var now = Local("2026-12-01 00:01");
        var due = Due(Heating, "2026-12-01 00:01");
        var chain = Heating.Reporting.Approval;

        var monthly = ScheduledDraft.For(chain, due[SnapshotKind.Monthly], now, """{"overall":{}}""");
        Assert.NotNull(monthly);
        Assert.Equal(
            ("heating-supervision.monthly.2026-11", SubmissionStatus.Generated, "schedule", true, 1, Local("2026-12-01 00:00")),
            (monthly.Id, monthly.Status, monthly.GeneratedBy.Value, monthly.GoesUpstream, monthly.Version, monthly.AsOfUtc));
        Assert.Equal("""{"overall":{}}""", monthly.Snapshot);

        var weekly = ScheduledDraft.For(chain, due[SnapshotKind.Weekly], now, "{}");
        Assert.Equal(("heating-supervision.weekly.2026-11-23", false), (weekly!.Id, weekly.GoesUpstream));

        // The daily report has no chain; a profile without reporting.approval has no drafts at all.
        Assert.Null(ScheduledDraft.For(chain, due[SnapshotKind.Daily], now, "{}"));
        Assert.Null(ScheduledDraft.For(Gm.Reporting.Approval, Due(Gm, "2026-12-01 00:01")[SnapshotKind.Monthly], now, "{}"));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void ScheduledDraft_IsReviewedLikeAPreparedOne_AndAnAgentMayPrepareItAgain()
    {
        var now = Local("2026-12-01 00:01");
        var draft = ScheduledDraft.For(Heating.Reporting.Approval, Due(Heating, "2026-12-01 00:01")[SnapshotKind.Monthly], now, "{}")!;
        var reviewed = ReportSubmissionFlow.Review(Heating.Reporting.Approval, draft, Submissions.SubmissionStaff.SectionHead, "核对", now.AddHours(9));
        Assert.Equal(SubmissionStatus.Reviewed, reviewed.Status);

        var again = ReportSubmissionFlow.Generate(
            Heating.Reporting.Approval, Heating.Id, ReportKind.Monthly, Submissions.SubmissionStaff.November, Submissions.SubmissionStaff.Agent, now.AddHours(9), "{\"x\":1}", draft);
        Assert.Equal(("agent1", 2), (again.GeneratedBy.Value, again.Version));
    }
}
