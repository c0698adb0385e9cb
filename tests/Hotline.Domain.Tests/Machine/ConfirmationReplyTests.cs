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

/// <summary>The texts added or reworded since that also end in 回复"收到 NNNN" (SmsTemplates.MajorReport, FirstResponseOverdue).</summary>
public sealed class ConfirmationReplyOtherTextsTests
{
    [Theory]
    [InlineData("park-dispatch", "repair", "mgr")]
    [InlineData("gm-hotline", "management", "gm")] // 000 §4.3.2: the group GM personally
    [Trait("Rule", "R-DS-4")]
    public void ToldOfAMajorComplaint_RepliesReceived_ConfirmationRecorded(string profile, string category, string told)
    {
        var s = new Scenario(profile, Local("2026-11-23 09:00")).Open(category, Urgency.Major);
        Assert.Single(s.NoticesTo(told), n => n.Kind == NoticeKind.MajorReport);
        var status = s.State.Status;

        s.Do(at => new Acknowledge(at, TestOrg.Actor(told), "短信回复"));

        var line = Assert.Single(s.Ledger, e => e.Kind == LedgerKind.Acknowledged);
        Assert.Equal(("R-DS-4", TestOrg.Id(told)), (line.Rule, line.By));
        Assert.Equal(status, s.State.Status);
        Assert.Empty(s.State.AwaitingConfirmation);
    }

    [Fact]
    [Trait("Rule", "R-FU-11")]
    public void ManagerToldOfNoFirstResponse_RepliesReceived_ConfirmationRecorded()
    {
        var s = new Scenario("municipal-12319", Local("2026-11-17 10:00")).Open("facility");
        s.AdvanceTo(Local("2026-11-18 10:00"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.FirstResponseOverdue);

        s.Do(at => new Acknowledge(at, TestOrg.Actor("mgr"), "短信回复"));

        var line = Assert.Single(s.Ledger, e => e.Kind == LedgerKind.Acknowledged);
        Assert.Equal(("R-FU-11", TestOrg.Id("mgr")), (line.Rule, line.By));
        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
    }
}
