using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>受理, continued: the time limit told to the caller, supervision items, and units forwarding what is not theirs (R-IN-5…R-IN-7).</summary>
public class IntakeUpstreamRulesTests
{
    [Theory]
    [Trait("Rule", "R-IN-5")]
    [InlineData("park-dispatch", "repair")]
    [InlineData("heating-supervision", "temperature")]
    [InlineData("heating-supervision", "service-fault")]
    [InlineData("gm-hotline", "service-quality")]
    [InlineData("municipal-12319", "facility")]
    [InlineData("property-hotline", "repair")]
    public void Open_CallerIsToldTheHandlingTimeLimit(string profile, string category)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category);

        var told = Assert.Single(s.NoticesToCaller());
        Assert.Equal(NoticeKind.CallerAccepted, told.Kind);
        Assert.Equal(s.State.HandlingDue(), told.DueUtc);
        Assert.True(s.Logged("R-IN-5"));
    }

    [Fact]
    [Trait("Rule", "R-IN-5")]
    [Trait("Rule", "R-PV-3")]
    public void Open_HeatingTemperatureCheckInSeason_CallerToldEndOfTheCalendarDay()
    {
        // 当天处理 on the heating season's 24 h service: the day ends at midnight, not at the office's 17:30 close.
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday).Open("temperature");
        Assert.Equal(Scenario.Local("2026-11-19 00:00"), Assert.Single(s.NoticesToCaller()).DueUtc);
    }

    [Fact]
    [Trait("Rule", "R-IN-6")]
    public void SupervisionItem_IsLedgeredWithNumberAreaAndUnit_AndDueByTheUpstreamDeadline()
    {
        var due = Scenario.Local("2026-11-20 12:00");
        var item = new UpstreamItem("DB-2026-118", "北苑", due);
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday).Open("supervision", upstream: item);

        Assert.Equal(Channel.Upstream, s.State.Channel);
        Assert.Equal(item, s.State.Upstream);
        var line = Assert.Single(s.Ledger, e => e.Rule == "R-IN-6");
        Assert.Contains("DB-2026-118", line.Text, StringComparison.Ordinal);
        Assert.Contains("北苑", line.Text, StringComparison.Ordinal);
        Assert.Contains("station", line.Text, StringComparison.Ordinal);
        Assert.Equal(TestOrg.Id("station-head"), s.State.Assignee);
        Assert.Equal(due, s.State.HandlingDue());
    }

    [Fact]
    [Trait("Rule", "R-IN-6")]
    public void SupervisionItem_WithoutItsNumber_IsRejected()
    {
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday);
        var rejected = s.Reject(_ => CaseSteps.IntakeOf(s, "supervision", Channel.Upstream));
        Assert.Equal("R-IN-6", rejected.Rule);
    }

    [Fact]
    [Trait("Rule", "R-IN-6")]
    public void UpstreamDeadline_OnAnOrdinaryCase_IsRejected()
    {
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday).Open("temperature");
        var rejected = s.Reject(at => new UpstreamDeadline(at, TestOrg.Agent, at.AddDays(1)));
        Assert.Equal("R-IN-6", rejected.Rule);
    }

    [Theory]
    [Trait("Rule", "R-IN-7")]
    [InlineData("heating-supervision", "temperature", "station", "billing", 29, false)]
    [InlineData("heating-supervision", "temperature", "station", "billing", 31, true)]
    [InlineData("park-dispatch", "cleaning", "cleaning", "greening", 30, false)]
    [InlineData("park-dispatch", "cleaning", "cleaning", "greening", 45, true)]
    public void UnitForwardsWhatIsNotItsOwn_After30Minutes_IsLateTransfer(string profile, string category, string unit, string to, int minutes, bool late)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category).Advance(TimeSpan.FromMinutes(minutes));
        s.Do(at => new Reassign(at, TestOrg.Actor($"{unit}-head"), TeamResolver.ForUnit(s.Profile, to, TestOrg.Directory), "不属本部门职责"));

        var accountability = s.Commands.OfType<HoldAccountable>().Where(h => h.Kind == AccountabilityKind.LateTransfer).ToList();
        Assert.Equal(late, accountability.Count == 1);
        Assert.All(accountability, h => Assert.Equal(TestOrg.Id($"{unit}-head"), h.Person));
        Assert.Equal(late, s.Logged("R-IN-7"));
        Assert.Contains(s.NoticesTo($"{to}-head"), n => n.Kind == NoticeKind.TaskAssigned);
    }

    [Fact]
    [Trait("Rule", "R-IN-7")]
    public void HotlineReroutingLate_IsNoLateTransferOfTheUnit()
    {
        var s = new Scenario("heating-supervision", CaseSteps.Wednesday).Open("temperature").Advance(TimeSpan.FromHours(3));
        s.Do(at => new Reassign(at, TestOrg.Agent, TeamResolver.ForUnit(s.Profile, "billing", TestOrg.Directory), "分类有误"));

        Assert.Empty(s.Commands.OfType<HoldAccountable>());
        Assert.Equal(TestOrg.Id("billing-head"), s.State.Assignee);
    }
}
