using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Sms;
using Hotline.Domain.Staff;
using Hotline.Service.Sms;
using Hotline.Testing;

namespace Hotline.Service.Tests.Sms;

/// <summary>
/// The first-question verbs by SMS (004): a guard the owner first reached hands a leak over to engineering, engineering
/// records it and, once finished, tells the guard. Each SMS becomes the API signal's trigger and the case machine decides.
/// </summary>
public sealed class FirstQuestionSmsTests
{
    private static readonly Profile Profile = ProfileCatalog.BuiltIn[ProfileCatalog.PropertyHotline];
    private static readonly DateTimeOffset At = new(2026, 11, 18, 2, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<StaffMember> Staff = TestOrg.Directory;

    private static CaseState GuardReceivesLeak()
    {
        var intake = new Intake(At, TestOrg.Actor("security-1"), CaseId.Create(new DateOnly(2026, 11, 18), 42),
            new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区"), Channel.Visit, "repair", Urgency.Normal,
            "卫生间漏水", null, IntakeDecision.Open, OpenReason.OnSiteWork, TeamResolver.Resolve(Profile, "repair", Staff));
        return Apply(null, intake);
    }

    private static CaseState Apply(CaseState? s, CaseTrigger trigger) =>
        Assert.IsType<Decision.Accepted>(CaseMachine.Decide(s, trigger, Profile)).State;

    private static SmsCommand Parse(string text) => SmsCommandParser.Parse(text).Command ?? throw new InvalidOperationException(text);

    private static CaseTrigger Trigger(string text, CaseState s, string by)
    {
        var (trigger, refusal) = FirstQuestionSms.ToTrigger(Parse(text), s, TestOrg.Actor(by), At.AddMinutes(5), Staff);
        return trigger ?? throw new InvalidOperationException(refusal);
    }

    private static CaseState HandedToEngineering() => Apply(GuardReceivesLeak(), Trigger("移交 0042 engineering 电话 漏水属工程部", GuardReceivesLeak(), "security-1"));

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void HandOver_ByTheOwner_NamingAUnit_GoesToItsSupervisor_OnTheSlipWithTheWay()
    {
        var s = GuardReceivesLeak();
        Assert.True(FirstQuestionSms.IsCandidate(s, SmsVerb.HandOver, TestOrg.Id("security-1")));
        Assert.False(FirstQuestionSms.IsCandidate(s, SmsVerb.HandOver, TestOrg.Id("engineering-head")));

        var slip = Assert.Single(HandedToEngineering().FirstQuestion!.HandOvers);

        Assert.Equal((TestOrg.Id("security-1"), TestOrg.Id("engineering-head"), "engineering", HandOverMethod.PhoneBridge, "漏水属工程部"),
            (slip.From, slip.To, slip.ToUnit, slip.Method, slip.Reason));
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void HandOver_NoDepartmentNamed_GoesToTheSendersDirectSupervisor()
    {
        var s = Apply(GuardReceivesLeak(), Trigger("移交 0042 到场 不属保安职责", GuardReceivesLeak(), "security-1"));

        var slip = Assert.Single(s.FirstQuestion!.HandOvers);
        Assert.Equal((TestOrg.Id("security-head"), HandOverMethod.SupervisorOnSite), (slip.To, slip.Method));
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void HandOver_ByAnyoneButTheOwner_IsRefusedByTheMachine_InChinese()
    {
        var s = GuardReceivesLeak();
        var refused = Assert.IsType<Decision.Rejected>(CaseMachine.Decide(s, Trigger("移交 0042 cleaning 陪同 不归我管", s, "engineering-1"), Profile));

        Assert.Equal(Rejection.NotAllowed, refused.Rule);
        Assert.Equal("只有0042的首问责任人可以移交", SmsRejections.Explain(refused.Rule, refused.Reason, "0042", SmsVerb.HandOver, s.Status));
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void HandOver_ToAnUnknownDepartment_IsRefusedBeforeAnythingIsApplied()
    {
        var (trigger, refusal) = FirstQuestionSms.ToTrigger(Parse("移交 0042 物业部 电话 漏水"), GuardReceivesLeak(), TestOrg.Actor("security-1"), At, Staff);

        Assert.Null(trigger);
        Assert.Contains("没有部门或人员\"物业部\"", refusal, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void Receive_ByTheReceivingDepartment_EntersTheOpenHandOverInItsReceptionRecord()
    {
        var s = HandedToEngineering();
        Assert.True(FirstQuestionSms.IsCandidate(s, SmsVerb.Receive, TestOrg.Id("engineering-head")));
        Assert.False(FirstQuestionSms.IsCandidate(s, SmsVerb.Receive, TestOrg.Id("cleaning-head")));

        var received = Apply(s, Trigger("接收 0042 已安排维修工", s, "engineering-head"));

        var slip = Assert.Single(received.FirstQuestion!.HandOvers);
        Assert.Equal((TestOrg.Id("engineering-head"), "已安排维修工"), (slip.ReceptionRecordedBy, slip.ReceptionNote));
        Assert.False(FirstQuestionSms.IsCandidate(received, SmsVerb.Receive, TestOrg.Id("engineering-head")));
        var (none, refusal) = FirstQuestionSms.ToTrigger(Parse("接收 0042"), received, TestOrg.Actor("engineering-head"), At, Staff);
        Assert.Null(none);
        Assert.Equal("0042没有待您接收的移交", refusal);
    }

    [Fact]
    [Trait("Rule", "R-FQ-2")]
    public void NotifyOwner_BeforeTheWorkIsDone_IsRefused_SayingToReportDoneFirst()
    {
        var s = Apply(HandedToEngineering(), new Acknowledge(At.AddMinutes(6), TestOrg.Actor("engineering-head")));
        Assert.True(FirstQuestionSms.IsCandidate(s, SmsVerb.NotifyOwner, TestOrg.Id("engineering-head")));
        Assert.False(FirstQuestionSms.IsCandidate(s, SmsVerb.NotifyOwner, TestOrg.Id("security-1")));

        var refused = Assert.IsType<Decision.Rejected>(CaseMachine.Decide(s, Trigger("通知首问 0042 已更换水管", s, "engineering-head"), Profile));

        Assert.Equal("R-FQ-2", refused.Rule);
        Assert.Contains("办结后才能通知首问", SmsRejections.Explain(refused.Rule, refused.Reason, "0042", SmsVerb.NotifyOwner, s.Status), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R-FQ-2")]
    public void NotifyOwner_AfterCompletion_EndsTheDuty_AndTellsTheGuard()
    {
        var s = Apply(HandedToEngineering(), new Acknowledge(At.AddMinutes(6), TestOrg.Actor("engineering-head")));
        s = Apply(s, new Complete(At.AddHours(2), TestOrg.Actor("engineering-head"), EvidenceKind.ServiceSlip, "A123", "已更换水管"));
        var decision = Assert.IsType<Decision.Accepted>(CaseMachine.Decide(s, Trigger("通知首问 0042 已更换水管", s, "engineering-head"), Profile));

        Assert.Equal(TestOrg.Id("engineering-head"), decision.State.FirstQuestion!.DutyEndedBy);
        Assert.Contains(decision.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.FirstQuestionDutyEnded && n.To is Recipient.Staff { Id.Value: "security-1" });
        Assert.False(FirstQuestionSms.HasPart(decision.State, TestOrg.Id("security-1")));
    }
}
