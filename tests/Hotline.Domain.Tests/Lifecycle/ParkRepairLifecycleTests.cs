using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>park-dispatch (seed 001): a repair complaint from intake to 销项 under simulated time.</summary>
public sealed class ParkRepairLifecycleTests
{
    private static Actor Engineer => TestOrg.Actor("engineering-1");

    [Fact]
    [Trait("Rule", "R-FU-1")]
    [Trait("Rule", "R-FU-2")]
    [Trait("Rule", "R-FU-11")]
    [Trait("Rule", "R-DS-1")]
    [Trait("Rule", "R-CL-1")]
    [Trait("Rule", "R-RV-3")]
    [Trait("Rule", "R-CL-8")]
    [Trait("Rule", "R-PV-2")]
    public void RepairOpenedFriday1630_FollowedUpOverWeekend_ClosesWhenTheSlipCopyReachesTheDispatcher()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-20 16:30")).Open("repair");
        Assert.Single(s.NoticesTo("engineering-head"), n => n.Kind == NoticeKind.TaskAssigned && n.DueUtc == Local("2026-11-24 18:00"));
        Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerAccepted);

        // The head does not answer within 15 minutes: the on-duty implementer is contacted directly.
        s.AdvanceTo(Local("2026-11-20 16:45"));
        Assert.Equal(TestOrg.Id("engineering-1"), s.State.Assignee);

        // The 2 h follow-up lands at 18:30, after the 18:00 close; the 24 h duty hotline still makes it.
        s.AdvanceTo(Local("2026-11-20 18:29"));
        Assert.DoesNotContain(s.NoticesTo("engineering-1"), n => n.Kind == NoticeKind.FollowUp);
        s.AdvanceTo(Local("2026-11-20 18:30"));
        Assert.Single(s.NoticesTo("engineering-1"), n => n.Kind == NoticeKind.FollowUp);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-1" && e.AtUtc == Local("2026-11-20 18:30"));

        // Nobody answered within 24 hours (R-FU-11): the manager hears of it, the assignee is held to account.
        s.AdvanceTo(Local("2026-11-21 16:30"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.FirstResponseOverdue);
        Assert.Contains(s.Commands.OfType<HoldAccountable>(), h => h.Person == TestOrg.Id("engineering-1"));

        // The end-of-day follow-up belongs to the next working day, Monday, 30 minutes before the close.
        s.AdvanceTo(Local("2026-11-23 17:29"));
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.NotArrangedEscalation);
        s.AdvanceTo(Local("2026-11-23 17:30"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.NotArrangedEscalation && n.Subject == TestOrg.Id("engineering-1"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-2" && e.Kind == LedgerKind.Escalated);

        s.AdvanceTo(Local("2026-11-23 17:40")).Do(at => new Acknowledge(at, Engineer, "明早上门"));
        LedgerAssert.SignedLine(s, "engineering-1", LedgerKind.Acknowledged);
        Assert.Equal(CaseStatus.InProgress, s.State.Status);

        // A repair is not done without the signed slip (R-CL-1).
        s.AdvanceTo(Local("2026-11-24 10:00"));
        Assert.Equal("R-CL-1", s.Reject(at => new Complete(at, Engineer, EvidenceKind.Document, "照片", "已更换水管")).Rule);
        s.Do(at => new Complete(at, Engineer, EvidenceKind.ServiceSlip, "FW-0381", "已更换水管"));
        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue);

        // 001 篇2 §3.3.1 A: the owner signed; 销项 waits only for the slip's copy at the dispatcher — no revisit is asked for (R-RV-3).
        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.RevisitDue);
        s.AdvanceTo(Local("2026-11-24 15:00")).Do(at => new SlipCopyReceived(at, TestOrg.Agent, "已签字归档"));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Completed && e.Rule == "R-CL-1" && e.Text.Contains("服务单副本（FW-0381）", StringComparison.Ordinal));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Empty(s.State.Revisits);
        var closure = s.State.Closure!;
        Assert.Equal((ClosureOutcome.Resolved, "已更换水管", TestOrg.Id("agent1"), Local("2026-11-24 15:00")),
            (closure.Outcome, closure.FinalResult, closure.Dispatcher, closure.AtUtc));
        Assert.Null(s.State.NextWakeUtc);
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    [Trait("Rule", "R-RP-8")]
    public void PaidRepair_HandedOverBeforeDeadline_NewOwnerToldToWarnTheOwner()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-16 14:00")).Open("paid-repair");
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new HandOver(at, TestOrg.Actor("agent2"), TestOrg.Id("agent2"), "交班")).Rule);

        s.AdvanceTo(Local("2026-11-16 14:05")).Do(at => new HandOver(at, TestOrg.Agent, TestOrg.Id("agent2"), "交班"));
        LedgerAssert.SignedLine(s, "agent1", LedgerKind.HandedOver);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.HandedOver && e.Rule == "R-RP-8" && e.Text.Contains("agent1 → agent2", StringComparison.Ordinal));

        s.AdvanceTo(Local("2026-11-16 14:20"));
        Assert.Single(s.NoticesTo("agent2"), n => n.Kind == NoticeKind.PaidOnSiteLate);
        Assert.DoesNotContain(s.NoticesTo("agent1"), n => n.Kind == NoticeKind.PaidOnSiteLate);
    }
}
