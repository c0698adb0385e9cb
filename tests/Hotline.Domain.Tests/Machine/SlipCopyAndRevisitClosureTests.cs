using Hotline.Domain.Calendar;
using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Lifecycle;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>
/// R-CL-1: 销项 completes when the signed slip's copy reaches the dispatcher (001 篇1 §3.1.7, 篇2 §3.3.1 A) — a step of its own.
/// R-RV-3: closure waits for a satisfied closing revisit only where the seed asks for one (heating 003); park dispatch (001) does not.
/// </summary>
public sealed class SlipCopyAndRevisitClosureTests
{
    [Fact]
    [Trait("Rule", "R-CL-1")]
    public void ParkRepair_SignedSlipButNoCopyAtTheDispatcher_StaysCompletedAndCloseIsRefused()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-1");

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        var refused = s.Reject(at => new Close(at, TestOrg.Agent));
        Assert.Equal("R-CL-1", refused.Rule);
        Assert.Contains("copy", refused.Reason, StringComparison.Ordinal);

        s.Advance(TimeSpan.FromHours(20)).Do(at => new SlipCopyReceived(at, TestOrg.Agent));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(s.Now, s.State.Closure!.AtUtc);
        LedgerAssert.SignedLine(s, "agent1", LedgerKind.Completed);
    }

    [Fact]
    [Trait("Rule", "R-CL-1")]
    public void SlipCopy_OnlyTheDispatcherRecordsIt_OnlyAfterCompletionWithASlip_AndOnce()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair").Acknowledged("engineering-head");
        Assert.Equal("R-CL-1", s.Reject(at => new SlipCopyReceived(at, TestOrg.Agent)).Rule);

        s.CompletedWithSlip("engineering-1");
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new SlipCopyReceived(at, TestOrg.Actor("engineering-1"))).Rule);

        var q = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("query", reason: OpenReason.QueryNeedsFollowUp)
            .Acknowledged("customer-service-head").CompletedOnDocument("customer-service-head");
        Assert.Equal(CaseStatus.Closed, q.State.Status); // 篇2 §3.3.1 B: a non-repair case closes on the verified document
    }

    [Fact]
    [Trait("Rule", "R-CL-1")]
    public void ProfileWithoutTheCopyStep_ClosesOnTheSignedSlipAlone()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, p => p with { Closure = p.Closure with { SlipCopyToDispatcher = false } })
            .Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-1");

        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-RV-3")]
    public void Park_ClosureDoesNotWaitForARevisit_NoRevisitTimerIsSet()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-1");

        Assert.Null(s.Profile.Revisit.Within);
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.RevisitDue);
        s.Do(at => new SlipCopyReceived(at, TestOrg.Agent));
        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Empty(s.State.Revisits);
    }

    [Fact]
    [Trait("Rule", "R-RV-3")]
    public void ProfileThatAsksForARevisit_SlipCopyAloneDoesNotClose_TheSatisfiedRevisitDoes()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, p => p with { Revisit = p.Revisit with { Within = DeadlineSpec.Parse("P2D") } })
            .Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-1")
            .Do(at => new SlipCopyReceived(at, TestOrg.Agent));

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Equal("R-RV-3", s.Reject(at => new Close(at, TestOrg.Agent)).Rule);
        s.RevisitedSatisfied();
        Assert.Equal(CaseStatus.Closed, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-RV-3")]
    public void Park_DissatisfiedRevisitBeforeTheCopyArrives_StillReopens()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-1")
            .Do(at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.Dissatisfied, "还在漏", null));

        Assert.Equal(CaseStatus.InProgress, s.State.Status);
        Assert.Equal("R-CL-1", s.Reject(at => new SlipCopyReceived(at, TestOrg.Agent)).Rule);
    }
}
