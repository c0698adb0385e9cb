using Hotline.Domain.Profiles;
using Hotline.Domain.Reports.Submissions;
using static Hotline.Domain.Tests.Reports.Submissions.SubmissionStaff;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports.Submissions;

/// <summary>R-RP-9 "reminds before the day": heating's roll-up (20th) and upstream (23rd) reminders and the overdue notice.</summary>
public sealed class ReportRemindersTests
{
    private static readonly HashSet<string> None = [];

    private static IReadOnlyList<DueReminder> At(string local, ReportSubmission? monthly = null, IReadOnlySet<string>? sent = null) =>
        ReportReminders.Due(Heating, Local(local), monthly, sent ?? None);

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void November_RollUpReminderFromTheWorkingDayBefore_UpstreamSkipsTheWeekend()
    {
        // 2026-11-20 is a Friday (roll-up day); the 23rd a Monday, so its reminder comes on Friday, not on Sunday.
        Assert.Empty(At("2026-11-19 08:29"));
        var rollUp = Assert.Single(At("2026-11-19 08:30"));
        Assert.Equal((ReminderKind.RollUpDue, ReminderAudience.Preparer, "heating-supervision.2026-11.roll-up-due"), (rollUp.Kind, rollUp.Audience, rollUp.Key));
        Assert.Equal(Local("2026-11-20 17:30"), rollUp.DeadlineUtc);
        Assert.Contains("11月20日前", rollUp.Text, StringComparison.Ordinal);
        Assert.Contains("尚未生成", rollUp.Text, StringComparison.Ordinal);

        Assert.Equal([ReminderKind.RollUpDue], At("2026-11-20 08:29").Select(r => r.Kind));
        Assert.Equal([ReminderKind.RollUpDue, ReminderKind.UpstreamDue], At("2026-11-20 08:30").Select(r => r.Kind));
        Assert.Equal([ReminderKind.UpstreamDue], At("2026-11-22 12:00").Select(r => r.Kind));
        var upstream = At("2026-11-23 09:00").Single();
        Assert.Contains("11月23日前上报物业办", upstream.Text, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "R-RP-9")]
    // June 2026: the 20th is inside 端午 (19th–21st) → due Thursday the 18th, reminded Wednesday the 17th.
    [InlineData("2026-06-17 08:29", "2026-06-17 08:30", "2026-06-18 17:30")]
    // December 2026: the 20th is a Sunday → due Friday the 18th, reminded Thursday the 17th.
    [InlineData("2026-12-17 08:29", "2026-12-17 08:30", "2026-12-18 17:30")]
    public void RollUpReminder_FollowsTheMovedDeadline_OverWeekendsAndHolidays(string before, string from, string deadline)
    {
        Assert.DoesNotContain(At(before), r => r.Kind == ReminderKind.RollUpDue);
        var due = Assert.Single(At(from), r => r.Kind == ReminderKind.RollUpDue);
        Assert.Equal(Local(deadline), due.DeadlineUtc);
        Assert.DoesNotContain(At(deadline), r => r.Kind == ReminderKind.RollUpDue);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void TheReminderGoesToWhoeverHoldsTheNextStep()
    {
        var generated = GenerateNovember();
        var reviewed = ReportSubmissionFlow.Review(Chain, generated, SectionHead, null, Local("2026-11-19 10:00"));
        var approved = ReportSubmissionFlow.Approve(Chain, reviewed, Manager, null, Local("2026-11-19 11:00"));
        var submitted = ReportSubmissionFlow.Submit(Chain, approved, Agent, "ref", Local("2026-11-20 09:00"));

        Assert.Equal(ReminderAudience.Reviewer, At("2026-11-19 09:00", generated).Single().Audience);
        Assert.Equal(ReminderAudience.Approver, At("2026-11-19 09:00", reviewed).Single().Audience);
        Assert.Empty(At("2026-11-19 09:00", approved)); // roll-up done; the upstream window opens on the 20th
        var upstream = At("2026-11-20 09:00", approved).Single();
        Assert.Equal((ReminderKind.UpstreamDue, ReminderAudience.Preparer), (upstream.Kind, upstream.Audience));
        Assert.Contains("已审批，待上报", upstream.Text, StringComparison.Ordinal);
        Assert.Empty(At("2026-11-20 09:00", submitted));
        Assert.Empty(At("2026-11-24 09:00", submitted));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void UpstreamDayPassesWithoutSubmission_ManagerIsToldOnce()
    {
        var approved = ReportSubmissionFlow.Approve(Chain, ReportSubmissionFlow.Review(Chain, GenerateNovember(), SectionHead, null, Local("2026-11-19 10:00")), Manager, null, Local("2026-11-19 11:00"));
        Assert.Equal([ReminderKind.UpstreamDue], At("2026-11-23 17:29", approved).Select(r => r.Kind));

        var overdue = Assert.Single(At("2026-11-23 17:30", approved));
        Assert.Equal((ReminderKind.UpstreamOverdue, ReminderAudience.Approver), (overdue.Kind, overdue.Audience));
        Assert.Contains("未于11月23日前上报物业办", overdue.Text, StringComparison.Ordinal);
        Assert.Empty(At("2026-11-24 09:00", approved, new HashSet<string> { overdue.Key }));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void AugustUpstreamOnSunday_OverdueAfterFridayClose()
    {
        // The 23rd is a Sunday → due Friday the 21st at 17:30 (R-RP-4's reading); the manager hears that evening.
        Assert.Single(At("2026-08-21 17:30"), r => r.Kind == ReminderKind.UpstreamOverdue);
        Assert.DoesNotContain(At("2026-08-21 17:29"), r => r.Kind == ReminderKind.UpstreamOverdue);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public void ProfilesWithoutAChain_GetNoReminders()
    {
        Assert.Empty(ReportReminders.Due(ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch], Local("2026-11-20 09:00"), null, None));
    }
}
