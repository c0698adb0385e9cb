using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>R-RV-6: a caller who cannot be reached does not keep a finished case open for ever.</summary>
public sealed class UnreachableCallerRevisitTests
{
    [Fact]
    [Trait("Rule", "R-RV-6")]
    public void ClosingRevisitNotReached_AfterTheProfilesAttempts_CaseClosesWithTheAttemptsOnTheTimeline()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-head");
        Assert.Equal(3, s.Profile.Revisit.UnreachableAttempts);

        s.Do(at => new RevisitNotReached(at, TestOrg.Agent, "无人接听")).Do(at => new RevisitNotReached(at, TestOrg.Agent, "关机"));
        Assert.Equal(CaseStatus.Completed, s.State.Status);

        s.Do(at => new RevisitNotReached(at, TestOrg.Agent, "无人接听"));

        Assert.Equal(CaseStatus.Closed, s.State.Status);
        Assert.Equal(3, s.Ledger.Count(e => e.Kind == LedgerKind.Revisit && e.Rule == "R-RV-6"));
        Assert.Empty(s.State.Revisits); // not reached is not a rating: satisfaction figures do not count it
    }

    [Fact]
    [Trait("Rule", "R-RV-6")]
    public void ProfileWithoutALimit_NotReachedAttemptsRecorded_CaseWaitsForARevisit()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, p => ProfileVariants.RevisitGated(p) with { Revisit = ProfileVariants.RevisitGated(p).Revisit with { UnreachableAttempts = null } })
            .Open("repair").Acknowledged("engineering-head").CompletedWithSlip("engineering-head");

        for (var i = 0; i < 5; i++)
        {
            s.Do(at => new RevisitNotReached(at, TestOrg.Agent, null));
        }

        Assert.Equal(CaseStatus.Completed, s.State.Status);
    }

    [Fact]
    [Trait("Rule", "R-RV-6")]
    public void NotReachedBeforeCompletion_Refused()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday, ProfileVariants.RevisitGated).Open("repair").Acknowledged("engineering-head");

        Assert.Equal("R-RV-3", s.Reject(at => new RevisitNotReached(at, TestOrg.Agent, null)).Rule);
    }
}
