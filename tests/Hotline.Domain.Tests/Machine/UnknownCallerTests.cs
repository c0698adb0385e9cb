using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>Not every request has a caller identity (R-IN-8): the case runs, and where the caller would be texted the timeline says nobody could be.</summary>
public sealed class UnknownCallerTests
{
    private static readonly Caller Anonymous = new(null, null, "5栋楼道", "阳光园区");

    [Theory]
    [Trait("Rule", "R-IN-8")]
    [InlineData(OpenReason.OnSiteWork)]
    [InlineData(OpenReason.FoundByStaff)]
    public void AnonymousReport_Opened_Dispatched_CallerNotTexted_AndTheTimelineSaysWhy(OpenReason reason)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);

        Assert.IsType<Decision.Accepted>(s.Intake("repair", IntakeDecision.Open, reason: reason, caller: Anonymous));

        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.True(s.State.Caller.IsAnonymous);
        Assert.Empty(s.NoticesToCaller());
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Notified && e.Rule == "R-IN-5" && e.Text.Contains("未留电话", StringComparison.Ordinal));
        Assert.Single(s.NoticesTo("engineering-head"), n => n.Kind == NoticeKind.TaskAssigned);
    }

    [Fact]
    [Trait("Rule", "R-IN-8")]
    [Trait("Rule", "R-FB-1")]
    public void AnonymousReport_Completed_NoResultText_TimelineSaysNobodyCouldBeTold()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);
        s.Intake("repair", IntakeDecision.Open, caller: Anonymous);

        s.Acknowledged("engineering-head").CompletedWithSlip("engineering-head");

        Assert.Empty(s.NoticesToCaller());
        Assert.Contains(s.Ledger, e => e.Rule == "R-FB-1" && e.Text.Contains("未留电话", StringComparison.Ordinal));
    }
}
