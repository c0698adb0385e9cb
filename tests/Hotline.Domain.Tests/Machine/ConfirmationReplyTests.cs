using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>Every text that asks its recipient to reply "收到" accepts that reply from them, and records it.</summary>
public sealed class ConfirmationReplyTests
{
    [Fact]
    [Trait("Rule", "R-FU-2")]
    public void ManagerToldTheCaseIsNotArranged_RepliesReceived_ConfirmationRecordedUnderTheRule_TaskUnchanged()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-23 09:00")).Open("repair");
        s.AdvanceTo(Local("2026-11-23 17:30"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.NotArrangedEscalation);
        var assignee = s.State.Assignee;

        s.Do(at => new Acknowledge(at, TestOrg.Actor("mgr"), "短信回复"));

        var line = Assert.Single(s.Ledger, e => e.Kind == LedgerKind.Acknowledged);
        Assert.Equal(("R-FU-2", TestOrg.Id("mgr")), (line.Rule, line.By));
        Assert.Equal((CaseStatus.Dispatched, assignee), (s.State.Status, s.State.Assignee));
        Assert.Empty(s.State.AwaitingConfirmation);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new Acknowledge(at, TestOrg.Actor("mgr"))).Rule); // once is the answer
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void NobodyAskedThem_ReplyStillRefused()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-23 09:00")).Open("repair");

        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new Acknowledge(at, TestOrg.Actor("mgr"))).Rule);
    }
}
