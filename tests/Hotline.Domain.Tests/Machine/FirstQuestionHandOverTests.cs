using Hotline.Domain.Cases;
using Hotline.Domain.Sms;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>
/// 服务需求转移 and the end of the first-question duty (004): a guard receives a leak complaint, puts the engineering
/// supervisor on the phone with the owner; engineering records it in its reception record, fixes it and tells the guard.
/// </summary>
public class FirstQuestionHandOverTests
{
    private static Scenario GuardReceivesLeak()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday);
        return s.Do(_ => CaseSteps.IntakeOf(s, "repair", Channel.Visit) with { By = TestOrg.Actor("security-1") });
    }

    private static Scenario HandedToEngineering(HandOverMethod method = HandOverMethod.PhoneBridge) =>
        GuardReceivesLeak().Do(at => new HandOverToDepartment(at, TestOrg.Actor("security-1"), TestOrg.Id("engineering-head"), "engineering", method, "漏水属工程部维修"));

    [Theory]
    [Trait("Rule", "R-FQ-1")]
    [InlineData(HandOverMethod.PhoneBridge, "电话沟通")]
    [InlineData(HandOverMethod.SupervisorOnSite, "主管到现场")]
    [InlineData(HandOverMethod.Accompanied, "陪同引领")]
    public void HandOver_IsOnTheCoordinationSlip_WhoToWhomHowWhen_AndTheOwnerStays(HandOverMethod method, string how)
    {
        var s = HandedToEngineering(method);

        var slip = Assert.Single(s.State.FirstQuestion!.HandOvers);
        Assert.Equal((1, TestOrg.Id("security-1"), TestOrg.Id("engineering-head"), "engineering", method, CaseSteps.Wednesday),
            (slip.Number, slip.From, slip.To, slip.ToUnit, slip.Method, slip.AtUtc));
        Assert.Equal(TestOrg.Id("security-1"), s.State.FirstOwner);
        var line = Assert.Single(s.Ledger, e => e.Rule == "R-FQ-1");
        Assert.Equal(LedgerKind.HandedOver, line.Kind);
        Assert.Contains("客户接待事项协调单 #1：security-1 → engineering-head", line.Text, StringComparison.Ordinal);
        Assert.Contains(how, line.Text, StringComparison.Ordinal);
        Assert.True(s.State.HasPart(TestOrg.Id("engineering-head")));
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void ReceivingDepartment_RecordsItInItsReceptionRecord_NamingTheFirstOwner()
    {
        var s = HandedToEngineering().ClearLog();
        s.Advance(TimeSpan.FromMinutes(5)).ClearLog().Do(at => new ReceptionRecorded(at, TestOrg.Actor("engineering-head"), 1, "已安排维修工"));

        var slip = Assert.Single(s.State.FirstQuestion!.HandOvers);
        Assert.Equal((TestOrg.Id("engineering-head"), (DateTimeOffset?)s.Now), (slip.ReceptionRecordedBy, slip.ReceptionRecordedUtc));
        var line = Assert.Single(s.Ledger, e => e.Rule == "R-FQ-1");
        Assert.Contains("接待业主情况记录", line.Text, StringComparison.Ordinal);
        Assert.Contains("首问责任人 security-1", line.Text, StringComparison.Ordinal);
        Assert.Equal(Rejection.Invalid, s.Reject(at => new ReceptionRecorded(at, TestOrg.Actor("engineering-head"), 1)).Rule);
    }

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    public void OnlyTheReceiver_Records_AndOnlyTheOwner_PassesItOn()
    {
        var s = HandedToEngineering();
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new ReceptionRecorded(at, TestOrg.Actor("cleaning-head"), 1)).Rule);
        Assert.Equal(Rejection.Invalid, s.Reject(at => new ReceptionRecorded(at, TestOrg.Actor("engineering-head"), 2)).Rule);

        // The receiving department takes it and may not pass it on again (踢皮球, R-DS-6).
        var again = s.Reject(at => new HandOverToDepartment(at, TestOrg.Actor("engineering-head"), TestOrg.Id("cleaning-head"), "cleaning", HandOverMethod.PhoneBridge, "不归我管"));
        Assert.Equal(Rejection.NotAllowed, again.Rule);
        Assert.Equal(Rejection.Invalid, s.Reject(at => new HandOverToDepartment(at, TestOrg.Actor("security-1"), TestOrg.Id("engineering-head"), null, HandOverMethod.Accompanied, " ")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-FQ-2")]
    public void CompletionNotice_EndsTheDuty_AndTheOwnerGetsAChineseSms()
    {
        var s = HandedToEngineering().Acknowledged("engineering-head").CompletedWithSlip("engineering-1").ClearLog();
        s.Advance(TimeSpan.FromMinutes(10)).ClearLog()
            .Do(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "已更换水管，业主13912345678确认"));

        var fq = s.State.FirstQuestion!;
        Assert.Equal(((DateTimeOffset?)s.Now, TestOrg.Id("engineering-head"), TestOrg.Id("security-1")), (fq.DutyEndedUtc, fq.DutyEndedBy, fq.DutyEndNotified));
        var notice = Assert.Single(s.NoticesTo("security-1"));
        Assert.Equal(NoticeKind.FirstQuestionDutyEnded, notice.Kind);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.DutyEnded && e.Rule == "R-FQ-2" && e.Text.Contains("首问责任结束", StringComparison.Ordinal));

        var text = NoticeRenderer.Render(notice, s.State, s.Profile, id => id.Value);
        Assert.StartsWith($"【首问办结{s.State.Id.Ref}】engineering-head已办结", text, StringComparison.Ordinal);
        Assert.Contains("139****5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Scenario.Caller.Name!, text, StringComparison.Ordinal);

        Assert.Equal(Rejection.Invalid, s.Reject(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "再次通知")).Rule);
        Assert.Equal("R-FQ-2", s.Reject(at => new HandOverToDepartment(at, TestOrg.Actor("security-1"), TestOrg.Id("cleaning-head"), "cleaning", HandOverMethod.PhoneBridge, "另一问题")).Rule);
    }

    [Fact]
    [Trait("Rule", "R-FQ-2")]
    public void CompletionNotice_MayGoToTheOwnersSupervisor()
    {
        var s = HandedToEngineering().Acknowledged("engineering-head").CompletedWithSlip("engineering-1").ClearLog()
            .Do(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "已修复", TestOrg.Id("security-head")));

        Assert.Equal(TestOrg.Id("security-head"), s.State.FirstQuestion!.DutyEndNotified);
        Assert.Equal(NoticeKind.FirstQuestionDutyEnded, Assert.Single(s.NoticesTo("security-head")).Kind);
        Assert.Empty(s.NoticesTo("security-1"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FQ-2" && e.Text.Contains("security-1 的主管 security-head", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-FQ-2")]
    public void BeforeTheWorkIsDone_OrFromOutsideTheDepartment_TheDutyDoesNotEnd()
    {
        var s = HandedToEngineering().Acknowledged("engineering-head");
        Assert.Equal("R-FQ-2", s.Reject(at => new CompletionNotice(at, TestOrg.Actor("engineering-head"), "在修")).Rule);
        s.CompletedWithSlip("engineering-1");
        Assert.Equal(Rejection.NotAllowed, s.Reject(at => new CompletionNotice(at, TestOrg.Actor("cleaning-1"), "已修复")).Rule);
        Assert.Null(s.State.FirstQuestion!.DutyEndedUtc);
    }
}
