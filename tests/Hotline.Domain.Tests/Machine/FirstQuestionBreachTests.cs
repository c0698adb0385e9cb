using Hotline.Domain.Calendar;
using Hotline.Domain.Cases;
using Hotline.Domain.Sms;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>
/// 首问责任追究 (004 §六, 问责管理制度 四.2(3), 五): a breach is opened by the quality office or a manager, decided within
/// 30 working days of being opened with a sanction from the seed's list; undecided at the end, it is put to them (R-FQ-3).
/// </summary>
public class FirstQuestionBreachTests
{
    private static Scenario GuardPassedTheBuck() =>
        new Scenario("property-hotline", CaseSteps.Wednesday).Open("repair")
            .Do(at => new OpenBreach(at, TestOrg.Actor("qa"), TestOrg.Id("security-1"), BreachKind.PassingTheBuck, "业主反映保安称\"不归我管\"", SpotCheck: true));

    [Fact]
    [Trait("Rule", "R-FQ-3")]
    public void Breach_IsOpened_WithItsDecisionDue30WorkingDaysLater_FromTheProfile()
    {
        var s = GuardPassedTheBuck();

        var breach = Assert.Single(s.State.FirstQuestion!.Breaches);
        Assert.Equal((TestOrg.Id("security-1"), BreachKind.PassingTheBuck, true, TestOrg.Id("qa")), (breach.Person, breach.Kind, breach.SpotCheck, breach.OpenedBy));
        Assert.Equal(DeadlineSpec.Parse("30wd"), s.Profile.FirstQuestion.BreachDecisionWithin);
        Assert.Equal(s.Profile.Calendar.AddWorkingDays(CaseSteps.Wednesday, 30), breach.DueUtc);
        Assert.True(breach.DueUtc > CaseSteps.Wednesday.AddDays(40), "30 working days, not 30 calendar days");
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.BreachDecisionDue && d.DueUtc == breach.DueUtc);
        var line = Assert.Single(s.Ledger, e => e.Rule == "R-FQ-3");
        Assert.Contains("首问责任追究立案 #1：security-1（踢皮球，明察暗访）", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-FQ-3")]
    public void Decided_WithASanctionFromTheSeedsList_NoReminderAfterwards()
    {
        var s = GuardPassedTheBuck().Advance(TimeSpan.FromDays(3))
            .Do(at => new DecideBreach(at, TestOrg.Manager, 1, BreachSanction.PublicCriticism, "核实属实"));

        var breach = Assert.Single(s.State.FirstQuestion!.Breaches);
        Assert.Equal((BreachSanction.PublicCriticism, TestOrg.Id("mgr"), "核实属实"), (breach.Sanction, breach.DecidedBy, breach.DecisionReason));
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.BreachDecisionDue);
        Assert.Contains(s.Ledger, e => e.Rule == "R-FQ-3" && e.Text.Contains("security-1 通报批评：核实属实", StringComparison.Ordinal));

        s.ClearLog().AdvanceTo(breach.DueUtc!.Value.AddDays(2));
        Assert.DoesNotContain(s.Ledger, e => e.Rule == "R-FQ-3");
        Assert.Equal("R-FQ-3", s.Reject(at => new DecideBreach(at, TestOrg.Manager, 1, BreachSanction.Dismissal, "再议")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-FQ-3")]
    public void Undecided_AtTheEndOfThePeriod_TheQualityOfficeAndManagerAreReminded_Once_OnTheRecord()
    {
        var s = GuardPassedTheBuck();
        var due = s.State.FirstQuestion!.Breaches[0].DueUtc!.Value;
        s.ClearLog().AdvanceTo(due.AddMinutes(-1));
        Assert.DoesNotContain(s.Ledger, e => e.Rule == "R-FQ-3");

        s.AdvanceTo(due.AddDays(10));
        Assert.Single(s.Ledger, e => e.Rule == "R-FQ-3" && e.Kind == LedgerKind.Breach && e.Text.Contains("逾期未作出处理意见", StringComparison.Ordinal));
        var toQa = Assert.Single(s.NoticesTo("qa"), n => n.Kind == NoticeKind.BreachDecisionOverdue);
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.BreachDecisionOverdue);
        Assert.Equal(due, s.State.FirstQuestion!.Breaches[0].OverdueRemindedUtc);

        var text = NoticeRenderer.Render(toQa, s.State, s.Profile, id => id.Value);
        Assert.Contains("#1 security-1", text, StringComparison.Ordinal);
        Assert.Contains("已过处理期限", text, StringComparison.Ordinal);

        s.ClearLog().Do(at => new DecideBreach(at, TestOrg.Actor("qa"), 1, BreachSanction.Warning, "逾期补议"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FQ-3" && e.Text.Contains("已超过处理期限", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "R-FQ-3")]
    [InlineData("agent1")]
    [InlineData("engineering-head")]
    [InlineData("security-1")]
    public void OnlyTheQualityOfficeOrAManager_OpensOrDecides(string who)
    {
        var s = GuardPassedTheBuck();
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new OpenBreach(at, TestOrg.Actor(who), TestOrg.Id("cleaning-1"), BreachKind.Evasion, "不知道")).Rule);
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new DecideBreach(at, TestOrg.Actor(who), 1, BreachSanction.NotUpheld, "无")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-FQ-3")]
    public void ABreach_CanBeOpenedAndDecided_AfterTheCallWasAnsweredAndDone()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        s.Do(_ => CaseSteps.IntakeOf(s, "complaint", Channel.Visit) with { Decision = IntakeDecision.Answered, Reason = null, By = TestOrg.Actor("cleaning-1") });
        Assert.True(s.State.IsTerminal);

        s.Do(at => new OpenBreach(at, TestOrg.Manager, TestOrg.Id("cleaning-1"), BreachKind.LossToOwner, "答复错误致业主损失"))
            .Do(at => new DecideBreach(at, TestOrg.Manager, 1, BreachSanction.Demerit, "损失属实"));
        Assert.Equal(BreachSanction.Demerit, Assert.Single(s.State.FirstQuestion!.Breaches).Sanction);
    }
}
