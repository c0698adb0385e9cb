using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>park-dispatch / property-hotline: a fire alarm at night, the leadership ladder, closure only with approval.</summary>
public sealed class EmergencyLifecycleTests
{
    [Fact]
    [Trait("Rule", "R-EM-2")]
    [Trait("Rule", "R-EM-3")]
    [Trait("Rule", "R-EM-4")]
    [Trait("Rule", "R-EM-6")]
    [Trait("Rule", "R-RV-4")]
    [Trait("Rule", "R-CL-8")]
    [Trait("Rule", "R-PV-2")]
    public void FireAlarmAt2100_ManagerNeverAnswers_LadderReachesGmAndClosureNeedsApproval()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 21:00"), ProfileVariants.RevisitGated).Open("fire", reason: null);
        Assert.Equal(Urgency.Emergency, s.State.Urgency);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyAlert);
        foreach (var crew in new[] { "security-head", "engineering-head", "elevator-head" })
        {
            Assert.Single(s.NoticesTo(crew), n => n.Kind == NoticeKind.EmergencyCrew);
        }

        Assert.Contains(s.Ledger, e => e.Rule == "R-EM-4" && e.By == TestOrg.Id("agent1"));

        s.AdvanceTo(Local("2026-11-18 21:09"));
        Assert.Empty(s.NoticesTo("dgm"));
        s.AdvanceTo(Local("2026-11-18 21:10"));
        Assert.Single(s.NoticesTo("dgm"), n => n.Kind == NoticeKind.EmergencyLadder && n.Level == 1);
        Assert.Empty(s.NoticesTo("gm"));
        s.AdvanceTo(Local("2026-11-18 21:20"));
        Assert.Single(s.NoticesTo("gm"), n => n.Kind == NoticeKind.EmergencyLadder && n.Level == 2);

        s.AdvanceTo(Local("2026-11-18 21:22")).Do(at => new Acknowledge(at, TestOrg.Actor("gm"), "马上到"));
        LedgerAssert.SignedLine(s, "gm", LedgerKind.Acknowledged);
        Assert.Equal(TestOrg.Id("gm"), s.State.EmergencyAcknowledgedBy);
        s.AdvanceTo(Local("2026-11-18 22:00"));
        Assert.Single(s.NoticesTo("gm"), n => n.Kind == NoticeKind.EmergencyLadder);
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyLadder);

        s.Do(at => new Acknowledge(at, TestOrg.Actor("security-1")));
        s.AdvanceTo(Local("2026-11-18 23:10")).Do(at => new Complete(at, TestOrg.Actor("security-1"), EvidenceKind.Document, "XF-11-18", "误报，烟感已复位"));

        s.AdvanceTo(Local("2026-11-19 10:00")).Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.FairlySatisfied, "处理及时", "FireAndDisasterPrevention"));
        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest && n.Text == nameof(ApprovalKind.Closure));
        Assert.Equal("R-EM-6", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new Approve(at, TestOrg.Actor("security-head"), ApprovalKind.Closure)).Rule);

        s.Advance(TimeSpan.FromHours(1)).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Closure, "同意销项"));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(TestOrg.Id("mgr"), s.State.Closure!.ApprovedBy);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Approved && e.Rule == "R-EM-6" && e.By == TestOrg.Id("mgr"));
        LedgerAssert.ReproducesPaperForms(s);
    }

    [Fact]
    [Trait("Rule", "R-EM-2")]
    public void FireAlarm_ManagerAnswersInTime_LadderStopsAtManager()
    {
        var s = new Scenario("property-hotline", Local("2026-11-18 21:00")).Open("fire", reason: null);
        s.Advance(TimeSpan.FromMinutes(4)).Do(at => new Acknowledge(at, TestOrg.Manager));
        s.Advance(TimeSpan.FromHours(2));

        Assert.Empty(s.NoticesTo("dgm"));
        Assert.Empty(s.NoticesTo("gm"));
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.EmergencyLadder);
    }

    [Fact]
    [Trait("Rule", "R-EM-5")]
    public void FireAlarm_LeaderGivesInstruction_BecomesItsOwnTrackedCase()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-18 21:00"), ProfileVariants.RevisitGated).Open("fire", reason: null);
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new LeaderInstruction(at, TestOrg.Actor("gm"), "全面排查消防通道", TestOrg.Id("security-head")));

        var linked = Assert.Single(s.Commands.OfType<OpenLinkedCase>());
        Assert.Equal((s.State.Id, TestOrg.Id("security-head"), TestOrg.Id("gm")), (linked.Parent, linked.Assignee, linked.RequestedBy));
        LedgerAssert.SignedLine(s, "gm", LedgerKind.Instruction);
    }
}
