using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>An emergency case closes only with the manager's approval (R-EM-6).</summary>
public class EmergencyClosureRulesTests
{
    private static Scenario HandledFire() =>
        new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("fire").Acknowledged("mgr").Advance(TimeSpan.FromHours(3))
            .CompletedOnDocument("security-head").Advance(TimeSpan.FromHours(2)).RevisitedSatisfied();

    [Fact]
    [Trait("Rule", "R-EM-6")]
    public void Emergency_HandledAndRevisited_WaitsForTheManager_WhoIsAsked()
    {
        var s = HandledFire();

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest && n.Text == nameof(ApprovalKind.Closure));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Notified && e.Rule == "R-EM-6");
    }

    [Fact]
    [Trait("Rule", "R-EM-6")]
    public void Emergency_ClosedWithoutApproval_IsRejected()
    {
        var s = HandledFire();
        var rejected = s.Reject(at => new Close(at, TestOrg.Agent));

        Assert.Equal("R-EM-6", rejected.Rule);
        Assert.Null(s.State.Closure);
    }

    [Fact]
    [Trait("Rule", "R-EM-6")]
    public void Emergency_ManagerApproves_CaseClosesWithTheApprover()
    {
        var s = HandledFire().ApprovedBy("mgr", ApprovalKind.Closure);

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(TestOrg.Id("mgr"), s.State.Closure?.ApprovedBy);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Approved && e.Rule == "R-EM-6");
    }

    [Theory]
    [Trait("Rule", "R-EM-6")]
    [InlineData("agent1")]
    [InlineData("security-head")]
    [InlineData("coord")]
    [InlineData("qa")]
    public void Emergency_NonManagerApproving_IsRejected(string by)
    {
        var s = HandledFire();
        var rejected = s.Reject(at => new Approve(at, TestOrg.Actor(by), ApprovalKind.Closure));

        Assert.Equal(Rejection.NotAllowed, rejected.Rule);
        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.False(s.State.HasApproval(ApprovalKind.Closure));
    }

    [Fact]
    [Trait("Rule", "R-EM-6")]
    public void Emergency_ApprovedBeforeTheRevisit_ClosesWhenTheCallerIsSatisfied()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("fire").Acknowledged("mgr").Advance(TimeSpan.FromHours(3))
            .CompletedOnDocument("security-head").ApprovedBy("mgr", ApprovalKind.Closure);
        Assert.Equal(CaseStatus.Completed, s.State.Status);

        s.Advance(TimeSpan.FromHours(4)).RevisitedSatisfied();

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(TestOrg.Id("mgr"), s.State.Closure?.ApprovedBy);
    }
}
