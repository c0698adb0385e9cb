using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>受理: what is recorded, what is opened, what is answered or sent back, and what the caller is told (R-IN-1…R-IN-7).</summary>
public class IntakeRulesTests
{
    [Theory]
    [Trait("Rule", "R-IN-1")]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Visit)]
    [InlineData(Channel.Letter)]
    [InlineData(Channel.Web)]
    [InlineData(Channel.Internal)]
    public void Intake_AnyChannel_RecordsCallerCategoryTimeAndFirstOwner(Channel channel)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);
        s.Do(_ => CaseSteps.IntakeOf(s, "repair", channel));

        Assert.Equal(Scenario.Caller, s.State.Caller);
        Assert.Equal(channel, s.State.Channel);
        Assert.Equal("repair", s.State.Category);
        Assert.Equal("暖气不热", s.State.Summary);
        Assert.Equal(CaseSteps.Wednesday, s.State.ReceivedUtc);
        Assert.Equal(TestOrg.Id("agent1"), s.State.FirstOwner);
        var received = Assert.Single(s.Ledger, e => e.Kind == LedgerKind.Received);
        Assert.Equal("R-IN-1", received.Rule);
        Assert.Equal(TestOrg.Id("agent1"), received.By);
    }

    [Fact]
    [Trait("Rule", "R-IN-1")]
    public void Intake_WithoutContent_IsRejected()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);
        var rejected = s.Reject(_ => CaseSteps.IntakeOf(s, "repair", Channel.Phone) with { Summary = "  " });
        Assert.Equal(Rejection.Invalid, rejected.Rule);
        Assert.Null(s.Maybe);
    }

    [Theory]
    [Trait("Rule", "R-IN-2")]
    [InlineData(OpenReason.OnSiteWork)]
    [InlineData(OpenReason.FoundByStaff)]
    [InlineData(OpenReason.QueryNeedsFollowUp)]
    [InlineData(OpenReason.OutsideRemit)]
    public void Open_WithReason_IsOpenedAndDispatched(OpenReason reason)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("query", reason: reason);
        Assert.Equal(reason, s.State.OpenReason);
        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Opened && e.Rule == "R-IN-2");
    }

    [Fact]
    [Trait("Rule", "R-IN-2")]
    public void Open_WithoutReason_IsRejected()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);
        var rejected = Assert.IsType<Decision.Rejected>(s.Intake("repair", IntakeDecision.Open, reason: null));
        Assert.Equal("R-IN-2", rejected.Rule);
        Assert.Null(s.Maybe);
    }

    [Fact]
    [Trait("Rule", "R-IN-2")]
    public void Open_EmergencyWithoutReason_IsOpenedForReasonD()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire", reason: null);
        Assert.Equal(OpenReason.Emergency, s.State.OpenReason);
    }

    [Fact]
    [Trait("Rule", "R-IN-2")]
    public void AnsweredOnTheSpot_Emergency_IsRejected()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);
        var rejected = Assert.IsType<Decision.Rejected>(s.Intake("fire", IntakeDecision.Answered));
        Assert.Equal("R-IN-2", rejected.Rule);
    }

    [Theory]
    [Trait("Rule", "R-IN-3")]
    [InlineData("municipal-12319", "consultation")]
    [InlineData("park-dispatch", "query")]
    [InlineData("property-hotline", "suggestion")]
    public void AnsweredOnTheSpot_IsTerminalCallRecord_WithNoTimersOrDispatch(string profile, string category)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday);
        Assert.IsType<Decision.Accepted>(s.Intake(category, IntakeDecision.Answered));

        Assert.Equal(CaseStatus.Answered, s.State.Status);
        Assert.True(s.State.IsTerminal);
        Assert.Null(s.State.NextWakeUtc);
        Assert.Empty(s.Commands.OfType<Notify>());
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Answered && e.Rule == "R-IN-3");
        Assert.Equal(Rejection.Invalid, s.Reject(at => new Acknowledge(at, TestOrg.Agent)).Rule);
    }

    [Theory]
    [Trait("Rule", "R-IN-4")]
    [InlineData("gm-hotline", "service-quality", false, CaseStatus.Redirected)]
    [InlineData("gm-hotline", "service-quality", true, CaseStatus.Dispatched)]
    [InlineData("park-dispatch", "service", false, CaseStatus.Dispatched)]
    public void FirstTimeRequest_OnlyTheGmHotline_SendsItBackToTheBuilding(string profile, string category, bool handledBefore, CaseStatus expected)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category, handledBefore: handledBefore);
        Assert.Equal(expected, s.State.Status);
        Assert.Equal(expected == CaseStatus.Redirected, s.Logged("R-IN-4"));
    }

    [Fact]
    [Trait("Rule", "R-IN-4")]
    public void GmHotline_FirstTimeRequest_CallerToldToGoToTheBuilding_NobodyDispatched()
    {
        var s = new Scenario("gm-hotline", CaseSteps.Wednesday).Open("repair", handledBefore: false);

        Assert.True(s.State.IsTerminal);
        Assert.Null(s.State.NextWakeUtc);
        var notice = Assert.Single(s.NoticesToCaller());
        Assert.Equal(NoticeKind.CallerRedirected, notice.Kind);
        Assert.Equal(Scenario.Caller.Property, notice.Text);
        Assert.Empty(s.NoticesTo("building-head"));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Redirected && e.Rule == "R-IN-4");
    }

    [Fact]
    [Trait("Rule", "R-IN-4")]
    public void GmHotline_FirstTimeEmergency_IsOpenedNotSentBack()
    {
        var s = new Scenario("gm-hotline", CaseSteps.Wednesday).Open("security", Urgency.Emergency, handledBefore: false);

        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.False(s.Logged("R-IN-4"));
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyAlert);
    }
}
