using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>Heating repairs by size (R-FU-13): 小修随叫随到, 中修不过天, 大修不过夜; 24 h in the heating season.</summary>
[Trait("Rule", "R-FU-13")]
public sealed class HeatingRepairSizeTests
{
    private static Actor Station => TestOrg.Actor("station-head");

    [Theory]
    [InlineData("repair-small", "2026-11-17 22:00", "2026-11-18 00:00")]
    [InlineData("repair-medium", "2026-11-17 22:00", "2026-11-18 00:00")] // 不过天: the calendar day, in season
    [InlineData("repair-medium", "2026-11-21 09:00", "2026-11-22 00:00")] // a Saturday counts
    [InlineData("repair-major", "2026-11-17 22:00", "2026-11-18 08:00")] // 不过夜: heat back by the next morning
    [InlineData("repair-major", "2026-11-17 09:00", "2026-11-18 08:00")]
    [InlineData("repair-medium", "2026-06-16 10:00", "2026-06-16 17:30")] // out of season: the office day
    public void RepairSize_HandlingLimit(string category, string opened, string due)
    {
        var s = new Scenario("heating-supervision", Local(opened)).Open(category);
        Assert.Equal(Local(due), s.State.HandlingDueUtc);
        Assert.Equal(Local(due), Assert.Single(s.NoticesToCaller()).DueUtc);
    }

    [Fact]
    public void SmallRepair_NobodyOnSiteWithinThePromise_StationAndManagerTold()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 22:00")).Open("repair-small");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, Station));

        s.AdvanceTo(Local("2026-11-17 22:29"));
        Assert.False(s.Logged("R-FU-13"));
        s.AdvanceTo(Local("2026-11-17 22:30"));
        Assert.Contains(s.Ledger, e => e.Rule == "R-FU-13" && e.Kind == LedgerKind.Escalated && e.Text.Contains("小修", StringComparison.Ordinal));
        Assert.Single(s.NoticesTo("station-head"), n => n.Kind == NoticeKind.Overdue && n.DueUtc == Local("2026-11-17 22:30"));
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.Overdue);

        s.Advance(TimeSpan.FromMinutes(10)).Do(at => new Arrived(at, Station));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Arrived && e.Rule == "R-FU-13");
    }

    [Fact]
    public void SmallRepair_OnSiteInTime_NoArrivalEscalation()
    {
        var s = new Scenario("heating-supervision", Local("2026-11-17 22:00")).Open("repair-small");
        s.Advance(TimeSpan.FromMinutes(5)).Do(at => new Acknowledge(at, Station));
        s.Advance(TimeSpan.FromMinutes(15)).Do(at => new Arrived(at, Station));

        s.AdvanceTo(Local("2026-11-17 23:00"));

        Assert.False(s.Logged("R-FU-13"));
        Assert.DoesNotContain(s.State.Deadlines, d => d.Kind == DeadlineKind.ArrivalDue);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Arrived && e.Rule == "R-DS-1");
    }

    [Theory]
    [InlineData("repair-medium")]
    [InlineData("repair-major")]
    public void LargerRepairs_PromiseNoArrivalTime(string category) =>
        Assert.DoesNotContain(new Scenario("heating-supervision", Local("2026-11-17 22:00")).Open(category).State.Deadlines, d => d.Kind == DeadlineKind.ArrivalDue);
}
