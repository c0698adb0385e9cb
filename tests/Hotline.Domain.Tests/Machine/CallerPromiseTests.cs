using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

public sealed class CallerPromiseTests
{
    [Fact]
    [Trait("Rule", "R-IN-5")]
    [Trait("Rule", "R-DS-3")]
    public void InstructionWaitsADay_TheLimitToldToTheCallerStillHolds()
    {
        var s = new Scenario("heating-supervision", Scenario.Local("2026-11-17 10:00")).Open("complex");
        var told = Assert.Single(s.NoticesToCaller(), n => n.Kind == NoticeKind.CallerAccepted).DueUtc;
        Assert.Equal(CaseStatus.AwaitingInstruction, s.State.Status);

        s.AdvanceTo(Scenario.Local("2026-11-18 09:00")).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Instruction));

        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Equal(told, s.State.HandlingDueUtc);
        Assert.Contains(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.TaskAssigned && n.DueUtc == told);
    }
}
