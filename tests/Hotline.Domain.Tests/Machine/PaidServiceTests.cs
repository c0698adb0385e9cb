using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>
/// R-FU-9, 001 篇5 §10–15: the fee is told and agreed before the work; repair and cleaning promise 25 minutes, staff on site
/// within 20, the owner warned within 20 when 25 cannot be kept; laundry pickup 15 and table rental 10 minutes.
/// </summary>
public sealed class PaidServiceTests
{
    private static readonly DateTimeOffset Start = Local("2026-11-16 14:00");

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void PaidRepair_WithoutTheOwnersConsentToTheFee_IsNotOpened()
    {
        var s = new Scenario("park-dispatch", Start);
        var intake = CaseSteps.IntakeOf(s, "paid-repair", Channel.Phone);

        var rejected = Assert.IsType<Decision.Rejected>(CaseMachine.Decide(null, intake, s.Profile));
        Assert.Equal("R-FU-9", rejected.Rule);

        // An owner who declines the fee is a call record, not a case (R-IN-3).
        var declined = CaseMachine.Decide(null, intake with { Decision = IntakeDecision.Answered }, s.Profile);
        Assert.Equal(CaseStatus.Answered, Assert.IsType<Decision.Accepted>(declined).State.Status);
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void PaidRepair_FeeAndConsentRecordedBeforeDispatch_Promising25Minutes()
    {
        var s = new Scenario("park-dispatch", Start).Open("paid-repair");

        var lines = s.Ledger.ToList();
        var fee = lines.FindIndex(e => e.Rule == "R-FU-9");
        Assert.True(fee >= 0, "the fee and consent are on the timeline");
        Assert.Contains("水电维修 50元/次（价目表）", lines[fee].Text, StringComparison.Ordinal);
        Assert.Contains("业主认可", lines[fee].Text, StringComparison.Ordinal);
        Assert.Contains("25分钟内上门", lines[fee].Text, StringComparison.Ordinal);
        Assert.True(fee < lines.FindIndex(e => e.Kind == LedgerKind.Dispatched), "consent comes before the work order");
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.PaidOnSiteDue && d.DueUtc == Local("2026-11-16 14:20"));
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.PaidArrivalDue && d.DueUtc == Local("2026-11-16 14:25"));
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void PaidRepair_AcknowledgedButNotOnSiteAt20Minutes_HotlineToldToWarnTheOwnerBeforeThe25Lapse()
    {
        var s = new Scenario("park-dispatch", Start).Open("paid-repair");
        s.AdvanceTo(Local("2026-11-16 14:05")).Do(at => new Acknowledge(at, TestOrg.Actor("engineering-head")));

        s.AdvanceTo(Local("2026-11-16 14:19"));
        Assert.DoesNotContain(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.PaidOnSiteLate);
        s.AdvanceTo(Local("2026-11-16 14:20"));
        Assert.Single(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.PaidOnSiteLate && n.DueUtc == Local("2026-11-16 14:25"));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Escalated && e.Rule == "R-FU-9" && e.Text.Contains("20分钟内未到场", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void PaidRepair_OwnerWarnedWithin20AndNewTimeAgreed_ArrivalJudgedAgainstTheNewTime()
    {
        var s = new Scenario("park-dispatch", Start).Open("paid-repair");
        s.AdvanceTo(Local("2026-11-16 14:15")).Do(at => new PaidDelayAgreed(at, TestOrg.Agent, Local("2026-11-16 15:00"), "维修工在另一户抢修"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-9" && e.Text.Contains("约定新的上门时间", StringComparison.Ordinal) && !e.Text.Contains("才告知业主", StringComparison.Ordinal));

        // Warned in time: no 20-minute alarm, no lapse at 25.
        s.AdvanceTo(Local("2026-11-16 14:59"));
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind is NoticeKind.PaidOnSiteLate or NoticeKind.PaidArrivalLate);

        s.Do(at => new Arrived(at, TestOrg.Actor("engineering-1")));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Arrived && e.Rule == "R-DS-1");
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void PaidRepair_NobodyOnSiteAnd25LapsesUnwarned_ManagerHearsAndTheLateArrivalNamesTheRule()
    {
        var s = new Scenario("park-dispatch", Start).Open("paid-repair");
        s.AdvanceTo(Local("2026-11-16 14:25"));

        Assert.Single(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.PaidArrivalLate);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.PaidArrivalLate);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-9" && e.Text.Contains("未事先告知业主", StringComparison.Ordinal));

        // Warning the owner after the 20 minutes is recorded as late.
        s.AdvanceTo(Local("2026-11-16 14:30")).Do(at => new PaidDelayAgreed(at, TestOrg.Agent, Local("2026-11-16 14:50"), "工具未到"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-9" && e.Text.Contains("超过20分钟才告知业主", StringComparison.Ordinal));

        s.AdvanceTo(Local("2026-11-16 14:55")).Do(at => new Arrived(at, TestOrg.Actor("engineering-1")));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Arrived && e.Rule == "R-FU-9");
    }

    [Theory]
    [Trait("Rule", "R-FU-9")]
    [InlineData("paid-laundry", "2026-11-16 14:15", "laundry")]
    [InlineData("table-rental", "2026-11-16 14:10", "clubhouse")]
    public void LaundryAndTableRental_PromiseTheirOwnTime_WithoutThe20MinuteStep(string category, string promised, string unit)
    {
        var s = new Scenario("park-dispatch", Start).Open(category);
        Assert.Equal(unit, s.State.Team.Unit);
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.PaidOnSiteDue);
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.PaidArrivalDue && d.DueUtc == Local(promised));

        s.AdvanceTo(Local(promised).AddMinutes(-1));
        Assert.DoesNotContain(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.PaidArrivalLate);
        s.AdvanceTo(Local(promised));
        Assert.Single(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.PaidArrivalLate);
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void PaidCleaning_OnSiteWithin20_NoLatenessNotice()
    {
        var s = new Scenario("park-dispatch", Start).Open("paid-cleaning");
        s.AdvanceTo(Local("2026-11-16 14:10")).Do(at => new Acknowledge(at, TestOrg.Actor("cleaning-head")));
        s.AdvanceTo(Local("2026-11-16 14:19")).Do(at => new Arrived(at, TestOrg.Actor("cleaning-1")));
        s.AdvanceTo(Local("2026-11-16 15:00"));

        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind is NoticeKind.PaidOnSiteLate or NoticeKind.PaidArrivalLate);
        Assert.DoesNotContain(s.Ledger, e => e.Rule == "R-FU-9" && e.Kind is LedgerKind.Escalated or LedgerKind.Arrived);
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public void DelayAgreed_OnAServiceThatIsNotPaid_Refused()
    {
        var s = new Scenario("park-dispatch", Start).Open("repair");
        Assert.Equal("R-FU-9", s.Reject(at => new PaidDelayAgreed(at, TestOrg.Agent, at.AddHours(1), "稍晚")).Rule);
    }
}
