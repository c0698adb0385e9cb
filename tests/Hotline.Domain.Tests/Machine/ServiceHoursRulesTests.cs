using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>Service hours are used (R-PV-3): 365-day follow-ups, the 24 h "same day", the duty desk, the next opening.</summary>
[Trait("Rule", "R-PV-3")]
public sealed class ServiceHoursRulesTests
{
    private static Actor BuildingHead => TestOrg.Actor("building-head");

    [Fact]
    [Trait("Rule", "R-FU-4")]
    public void GmHotline_DailyFollowUp_RunsOnTheWeekendToo()
    {
        var s = new Scenario("gm-hotline", Local("2026-11-20 10:00")).Open("service-quality"); // Friday
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, BuildingHead));

        s.AdvanceTo(Local("2026-11-22 18:00"));

        var rounds = s.Ledger.Where(e => e.Rule == "R-FU-4" && e.Kind == LedgerKind.FollowUp).Select(e => e.AtUtc).ToList();
        Assert.Equal([Local("2026-11-20 18:00"), Local("2026-11-21 18:00"), Local("2026-11-22 18:00")], rounds);
        Assert.Equal(3, s.NoticesTo("building-head").Count(n => n.Kind == NoticeKind.DailyFollowUp));
    }

    [Fact]
    [Trait("Rule", "R-FU-4")]
    public void GmHotline_DailyFollowUp_RunsThroughTheSpringFestival()
    {
        var s = new Scenario("gm-hotline", Local("2026-02-16 09:00")).Open("service-quality"); // 春节 holiday 02-15..23
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, BuildingHead));

        s.AdvanceTo(Local("2026-02-18 18:00"));

        Assert.Equal(3, s.NoticesTo("building-head").Count(n => n.Kind == NoticeKind.DailyFollowUp));
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void GmHotline_OverdueRecheck_EveryServiceDayIncludingSaturday()
    {
        var s = new Scenario("gm-hotline", Local("2026-11-20 10:00")).Open("service-quality"); // 7-day limit: Fri 11-27 10:00
        s.Advance(TimeSpan.FromMinutes(30)).Do(at => new Acknowledge(at, BuildingHead));

        s.AdvanceTo(Local("2026-11-28 18:00"));

        var overdue = s.Ledger.Where(e => e.Rule == "R-FU-7" && e.Kind == LedgerKind.Escalated).Select(e => e.AtUtc).ToList();
        Assert.Equal([Local("2026-11-27 10:00"), Local("2026-11-27 18:00"), Local("2026-11-28 18:00")], overdue);
    }

    [Fact]
    [Trait("Rule", "R-FU-4")]
    [Trait("Rule", "R-FU-11")]
    public void GmHotline_IntakeAfterClosing_RegisteredAndClocksStartAtTheNextOpening()
    {
        var s = new Scenario("gm-hotline", Local("2026-11-20 20:00")).Open("service-quality"); // Friday, after 18:00

        var line = Assert.Single(s.Ledger, e => e.Rule == "R-PV-3");
        Assert.Equal(LedgerKind.Received, line.Kind);
        Assert.Contains("服务时间外受理", line.Text, StringComparison.Ordinal);
        Assert.Contains("11-21 08:30", line.Text, StringComparison.Ordinal);
        Assert.Equal(TestOrg.Agent.Id, s.State.FirstOwner);

        var due = s.State.Deadlines.ToDictionary(d => d.Kind, d => d.DueUtc);
        Assert.Equal(Local("2026-11-21 18:00"), due[DeadlineKind.DailyFollowUp]); // not Friday night: the first day it is open
        Assert.Equal(Local("2026-11-22 08:30"), due[DeadlineKind.FirstResponse]); // 24 h from Saturday's opening
        Assert.Equal(Local("2026-11-22 08:30"), due[DeadlineKind.StageRevisitDue]);
        Assert.Equal(Local("2026-11-28 08:30"), due[DeadlineKind.HandlingDue]); // 7 days from the opening
        Assert.Equal(Local("2026-11-28 08:30"), Assert.Single(s.NoticesToCaller()).DueUtc);
    }

    [Fact]
    public void GmHotline_IntakeWithinHours_NoServiceHoursLine()
    {
        var s = new Scenario("gm-hotline", Local("2026-11-21 10:00")).Open("service-quality"); // a Saturday is a service day
        Assert.False(s.Logged("R-PV-3"));
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.FirstResponse && d.DueUtc == Local("2026-11-22 10:00"));
    }

    [Theory]
    [InlineData("park-dispatch", "repair", "当值值班人员")]
    [InlineData("municipal-12319", "facility", "晚间值班台")]
    [InlineData("heating-supervision", "temperature", "值班人员")]
    public void TwentyFourHourService_OffShiftIntake_ReceivedByTheDutyDeskAndClocksRunAtOnce(string profile, string category, string desk)
    {
        var s = new Scenario(profile, Local("2026-11-17 22:00")).Open(category); // Tuesday night, in the heating season

        var line = Assert.Single(s.Ledger, e => e.Rule == "R-PV-3");
        Assert.Contains($"由{desk}受理", line.Text, StringComparison.Ordinal);
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.FirstResponse && d.DueUtc == Local("2026-11-18 22:00"));
    }

    [Theory]
    [InlineData("park-dispatch", "repair")]
    [InlineData("municipal-12319", "facility")]
    [InlineData("property-hotline", "complaint")]
    public void OnShiftIntake_NoDutyDeskLine(string profile, string category) =>
        Assert.False(new Scenario(profile, Local("2026-11-17 10:00")).Open(category).Logged("R-PV-3"));

    [Fact]
    public void Park_OffShiftIntake_FirstFollowUpTwoHoursLaterAtNight()
    {
        var s = new Scenario("park-dispatch", Local("2026-11-17 22:00")).Open("repair");
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.FirstFollowUp && d.DueUtc == Local("2026-11-18 00:00"));
    }

    [Theory]
    [Trait("Rule", "R-FU-10")]
    [InlineData("2026-11-21 10:00", "2026-11-22 00:00")] // Saturday: that night, not Monday's close
    [InlineData("2026-02-17 10:00", "2026-02-18 00:00")] // 春节: that night, not after the holiday
    [InlineData("2026-02-14 10:00", "2026-02-15 00:00")] // 调休 Saturday
    [InlineData("2026-11-17 23:59", "2026-11-18 00:00")] // 23:59: the day is over in a minute
    public void Heating_TemperatureComplaintInSeason_DueTheSameCalendarDay(string opened, string due)
    {
        var s = new Scenario("heating-supervision", Local(opened)).Open("temperature");
        Assert.Equal(Local(due), Assert.Single(s.NoticesToCaller()).DueUtc);
    }

    [Fact]
    [Trait("Rule", "R-FU-13")]
    public void Heating_OutOfSeasonWeekendIntake_RegisteredForMondayOpening()
    {
        var s = new Scenario("heating-supervision", Local("2026-06-13 10:00")).Open("temperature"); // Saturday in June

        Assert.Contains(s.Ledger, e => e.Rule == "R-PV-3" && e.Text.Contains("06-15 08:30", StringComparison.Ordinal));
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.HandlingDue && d.DueUtc == Local("2026-06-15 17:30"));
        Assert.Contains(s.State.Deadlines, d => d.Kind == DeadlineKind.FirstResponse && d.DueUtc == Local("2026-06-16 08:30"));
    }
}
