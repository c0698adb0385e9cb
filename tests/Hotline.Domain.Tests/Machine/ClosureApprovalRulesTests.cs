using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>销项 with the manager: major matters, quarterly forced closure, and what a closure records (R-CL-5, R-CL-7, R-CL-8).</summary>
public class ClosureApprovalRulesTests
{
    private static Scenario HandledRepair(Urgency urgency) =>
        new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("repair", urgency).Acknowledged("engineering-head")
            .Advance(TimeSpan.FromHours(3)).CompletedWithSlip("engineering-head").Advance(TimeSpan.FromHours(1)).RevisitedSatisfied();

    private static Scenario Unresolvable() =>
        new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("repair").Acknowledged("engineering-head")
            .Do(at => new CannotResolve(at, TestOrg.Actor("engineering-head"), "开发商遗留问题，产权未明"));

    [Fact]
    [Trait("Rule", "R-CL-5")]
    public void Major_HandledAndRevisited_WaitsForTheManager_AndClosingIsRejected()
    {
        var s = HandledRepair(Urgency.Major);

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest && n.Text == nameof(ApprovalKind.Closure));
        Assert.Equal("R-CL-5", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);
    }

    [Fact]
    [Trait("Rule", "R-CL-5")]
    public void Major_ManagerApproves_Closes()
    {
        var s = HandledRepair(Urgency.Major).ApprovedBy("mgr", ApprovalKind.Closure);

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(TestOrg.Id("mgr"), s.State.Closure?.ApprovedBy);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Approved && e.Rule == "R-CL-5");
    }

    [Theory]
    [Trait("Rule", "R-CL-5")]
    [InlineData("agent1")]
    [InlineData("engineering-head")]
    [InlineData("engineering-1")]
    public void Major_NonManagerApproving_IsRejected(string by)
    {
        var s = HandledRepair(Urgency.Major);

        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new Approve(at, TestOrg.Actor(by), ApprovalKind.Closure)).Rule);
        Assert.Equal(CaseStatus.Completed, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-CL-5")]
    public void Normal_ClosesWithoutApproval()
    {
        var s = HandledRepair(Urgency.Normal);

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Null(s.State.Closure?.ApprovedBy);
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest);
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    public void Unresolvable_AtQuarterEnd_ManagerAsked_ThenApprovalForceCloses()
    {
        var s = Unresolvable();
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.UnresolvableReview);

        s.AdvanceTo(Scenario.Local("2026-12-30 12:00"));
        Assert.DoesNotContain(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest);

        s.AdvanceTo(Scenario.Local("2027-01-04 09:00"));
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);
        Assert.True(s.State.ForcedClosureDue);
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest && n.Text == nameof(ApprovalKind.ForcedClosure));

        s.ApprovedBy("mgr", ApprovalKind.ForcedClosure);
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(ClosureOutcome.ForceClosed, s.State.Closure?.Outcome);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Closed && e.Rule == "R-CL-7");
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    public void Unresolvable_ApprovedBeforeQuarterEnd_ClosesOnlyAtQuarterEnd()
    {
        var s = Unresolvable().Advance(TimeSpan.FromDays(3)).ApprovedBy("mgr", ApprovalKind.ForcedClosure);
        Assert.Equal(CaseStatus.Unresolvable, s.State.Status);

        s.AdvanceTo(Scenario.Local("2027-01-04 09:00"));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(new DateOnly(2026, 12, 31), DateOnly.FromDateTime(s.State.Closure!.AtUtc.ToOffset(TimeSpan.FromHours(8)).DateTime));
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    public void ForcedClosure_OfACaseStillBeingHandled_IsRejected()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("repair").Acknowledged("engineering-head");
        Assert.Equal("R-CL-7", s.Reject(at => new Approve(at, TestOrg.Manager, ApprovalKind.ForcedClosure)).Rule);
    }

    [Fact]
    [Trait("Rule", "R-CL-8")]
    public void Closure_RecordsResultDispatcherAndTime()
    {
        var s = HandledRepair(Urgency.Normal);

        var closure = s.State.Closure!;
        Assert.Equal("已修复，业主签字认可", closure.FinalResult);
        Assert.Equal(TestOrg.Id("agent1"), closure.Dispatcher);
        Assert.Equal(s.Now, closure.AtUtc);
        Assert.Equal(closure, Assert.Single(s.Commands.OfType<CaseClosed>()).Closure);
        var line = Assert.Single(s.Ledger, e => e.Kind == LedgerKind.Closed);
        Assert.Equal("R-CL-8", line.Rule);
        Assert.Equal(TestOrg.Id("agent1"), line.By);
    }

    [Fact]
    [Trait("Rule", "R-CL-8")]
    public void ForcedClosure_RecordsTheApproverAndTheReason()
    {
        var s = Unresolvable().AdvanceTo(Scenario.Local("2027-01-04 09:00")).ApprovedBy("mgr", ApprovalKind.ForcedClosure);

        var closure = s.State.Closure!;
        Assert.Equal(TestOrg.Id("mgr"), closure.ApprovedBy);
        Assert.Equal("开发商遗留问题，产权未明", closure.FinalResult);
        Assert.Equal(TestOrg.Id("agent1"), closure.Dispatcher);
    }

    [Fact]
    [Trait("Rule", "R-CL-8")]
    public void Closure_ByTheStationsOwnRevisit_StillRecordsTheHotlineDispatcher()
    {
        // Heating stations make their own closing revisits (003 §六); the dispatcher who signs the closure is the hotline's.
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday).Open("temperature").Acknowledged("station-head")
            .CompletedOnDocument("station-head");
        s.Do(at => new RevisitResult(at, TestOrg.Actor("station-head"), RevisitStage.Closing, SatisfactionRating.Satisfied, null, null));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(TestOrg.Id("agent1"), s.State.Closure?.Dispatcher);
    }
}
