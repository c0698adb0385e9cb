using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

public sealed class ReferAndResumeTests
{
    [Fact]
    [Trait("Rule", "R-IN-2")]
    public void UnsureWhetherToOpen_ManagerDecides_ApprovalDispatches()
    {
        var s = new Scenario("park-dispatch", Scenario.Local("2026-11-18 10:00"));
        Assert.IsType<Decision.Accepted>(s.Intake("query", IntakeDecision.Refer, reason: null));

        Assert.Equal(CaseStatus.AwaitingInstruction, s.State.Status);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.ApprovalRequest);
        Assert.Contains(s.Ledger, e => e.Rule == "R-IN-2" && e.Text.Contains("请示", StringComparison.Ordinal));
        Assert.Empty(s.NoticesTo("customer-service-head"));

        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Approve(at, TestOrg.Manager, ApprovalKind.Instruction, "立项处理"));
        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Single(s.NoticesTo("customer-service-head"), n => n.Kind == NoticeKind.TaskAssigned);
    }

    [Fact]
    [Trait("Rule", "R-IN-2")]
    public void Emergency_IsNeverReferred_ItOpensAtOnce()
    {
        var s = new Scenario("park-dispatch", Scenario.Local("2026-11-18 21:00"));
        s.Intake("fire", IntakeDecision.Refer, reason: null);
        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyAlert);
    }

    [Fact]
    [Trait("Rule", "R-FU-12")]
    public void Resume_KeepsTheTimeLeft_NotAFreshLimit()
    {
        var s = new Scenario("heating-supervision", Scenario.Local("2026-11-17 10:00")).Open("supervision");
        var due = s.State.HandlingDueUtc!.Value;
        s.Advance(TimeSpan.FromHours(1)).Do(at => new Acknowledge(at, TestOrg.Actor("station-head")));
        s.Advance(TimeSpan.FromHours(1)).Do(at => new Suspend(at, TestOrg.Agent, "物业办批复 2026-031", "要求全额退费"));

        s.Advance(TimeSpan.FromDays(3)).Do(at => new Resume(at, TestOrg.Agent, "业主同意按规定处理"));

        Assert.Equal(due + TimeSpan.FromDays(3), s.State.HandlingDueUtc);
        Assert.Equal(CaseStatus.InProgress, s.State.Status);
    }
}

public sealed class DeclineTests
{
    [Fact]
    [Trait("Rule", "R-IN-2")]
    [Trait("Rule", "R-IN-3")]
    public void ManagerDeclinesReferredRequest_ItStaysACallRecord()
    {
        var s = new Scenario("park-dispatch", Scenario.Local("2026-11-18 10:00"));
        s.Intake("query", IntakeDecision.Refer, reason: null);

        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new Decline(at, TestOrg.Agent, "不需要")).Rule);
        s.Do(at => new Decline(at, TestOrg.Manager, "已向业主解释清楚，无需跟进"));

        Assert.Equal(CaseStatus.Answered, s.State.Status);
        Assert.Null(s.State.NextWakeUtc);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Answered && e.Rule == "R-IN-2");
    }

    [Fact]
    [Trait("Rule", "R-DS-3")]
    public void DifficultItemAwaitingInstruction_CannotBeDeclinedAsAReferral()
    {
        var s = new Scenario("heating-supervision", Scenario.Local("2026-11-17 10:00")).Open("complex");
        Assert.Equal("R-IN-2", s.Reject(at => new Decline(at, TestOrg.Manager, "不处理")).Rule);
    }
}
