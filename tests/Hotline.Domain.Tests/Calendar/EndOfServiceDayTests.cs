using Hotline.Domain.Calendar;
using NodaTime;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

/// <summary>"The same day" follows the service hours, not the working day (R-PV-3); the heating season switches them (R-FU-13).</summary>
[Trait("Rule", "R-PV-3")]
public sealed class EndOfServiceDayTests
{
    private static readonly BusinessCalendar Daily365 =
        Build(d => d with { ServiceHours = ServiceHours.Daily(new LocalTime(8, 30), new LocalTime(18, 0)) });

    private static readonly BusinessCalendar DailyWorkingDays =
        Build(d => d with { ServiceHours = ServiceHours.Daily(new LocalTime(8, 30), new LocalTime(18, 0), ServiceDays.WorkingDays) });

    /// <summary>Like the heating profile: the working day on working days, 24 h on every day of 11-01..03-31.</summary>
    private static readonly BusinessCalendar Heating = Build(d => d with
    {
        WorkdayEnd = new LocalTime(17, 30),
        ServiceHours = ServiceHours.Daily(new LocalTime(8, 30), new LocalTime(17, 30), ServiceDays.WorkingDays),
        Season = new ServiceSeason { From = new AnnualDate(11, 1), To = new AnnualDate(3, 31), Hours = ServiceHours.AllDayEveryDay },
    });

    [Theory]
    [InlineData("2026-11-21 10:00", "2026-11-22 00:00")] // Saturday: that night, not Monday
    [InlineData("2026-02-17 10:00", "2026-02-18 00:00")] // 春节 (02-15..23 off): that night, not 02-24
    [InlineData("2026-02-14 10:00", "2026-02-15 00:00")] // 调休 Saturday
    [InlineData("2026-11-20 23:59", "2026-11-21 00:00")] // 23:59: one minute left
    [InlineData("2026-11-21 00:00", "2026-11-22 00:00")] // midnight starts a new day
    public void AroundTheClock_IsTheEndOfTheLocalCalendarDay(string local, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.Resolve(Shanghai(local), DeadlineSpec.Parse("sameday")));

    [Fact]
    public void AroundTheClock_UtcDateIsTheDayBefore_JudgedByTheLocalDay()
    {
        var at = new DateTimeOffset(2026, 11, 21, 16, 30, 0, TimeSpan.Zero); // Sunday 11-22 00:30 in Shanghai, Saturday in UTC

        var end = China2026.EndOfServiceDay(at);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
        Assert.Equal("11-22 24:00", China2026.FormatLocal(end));
    }

    [Theory]
    [InlineData("2026-11-21 10:00", "2026-11-21 18:00")] // Saturday on a 365-day service: its own close
    [InlineData("2026-11-21 18:00", "2026-11-22 18:00")] // at the close: Sunday's
    [InlineData("2026-02-17 07:00", "2026-02-17 18:00")] // 春节, before opening: that day's close
    [InlineData("2026-11-20 23:59", "2026-11-21 18:00")] // 23:59 Friday: Saturday's close
    public void Daily365_IsTheWindowsCloseOnEveryDay(string local, string expected) =>
        Assert.Equal(Shanghai(expected), Daily365.EndOfServiceDay(Shanghai(local)));

    [Theory]
    [InlineData("2026-11-21 10:00", "2026-11-23 18:00")] // Saturday → Monday
    [InlineData("2026-02-14 10:00", "2026-02-14 18:00")] // 调休 Saturday is served
    [InlineData("2026-02-17 10:00", "2026-02-24 18:00")] // 春节 → first working day after
    public void WorkingDaysOnly_IsTheNextServedDaysClose(string local, string expected) =>
        Assert.Equal(Shanghai(expected), DailyWorkingDays.EndOfServiceDay(Shanghai(local)));

    [Theory]
    [Trait("Rule", "R-FU-13")]
    [InlineData("2026-11-01 10:00", "2026-11-02 00:00")] // first day of the season (a Sunday): 24 h
    [InlineData("2026-10-31 10:00", "2026-11-02 00:00")] // Saturday before it: no service, then Nov 1 is served around the clock
    [InlineData("2026-01-01 10:00", "2026-01-02 00:00")] // 元旦, inside a season that crosses the new year
    [InlineData("2026-03-31 23:00", "2026-04-01 00:00")] // last day of the season
    [InlineData("2026-04-01 10:00", "2026-04-01 17:30")] // first day after: the office close
    [InlineData("2026-04-04 10:00", "2026-04-07 17:30")] // 清明 out of season: next working day
    public void HeatingSeason_SwitchesTheServiceDay(string local, string expected) =>
        Assert.Equal(Shanghai(expected), Heating.EndOfServiceDay(Shanghai(local)));

    [Theory]
    [Trait("Rule", "R-FU-13")]
    [InlineData("2026-12-25 03:00", true, "2026-12-25 03:00")]
    [InlineData("2026-06-13 10:00", false, "2026-06-15 08:30")] // out-of-season Saturday: Monday's opening
    [InlineData("2026-10-30 18:00", false, "2026-11-01 00:00")] // Friday evening before the season: it opens at midnight Nov 1
    public void HeatingSeason_ServiceHoursAndNextOpening(string local, bool open, string next)
    {
        Assert.Equal(open, Heating.IsWithinServiceHours(Shanghai(local)));
        Assert.Equal(Shanghai(next), Heating.NextServiceTime(Shanghai(local)));
    }

    [Theory]
    [Trait("Rule", "R-FU-13")]
    [InlineData("2026-11-17 23:00", "2026-11-18 08:00")]
    [InlineData("2026-11-18 00:30", "2026-11-19 08:00")]
    [InlineData("2026-02-17 14:00", "2026-02-18 08:00")] // holidays do not matter: the next calendar day
    public void NextDayAt_IsTheNextCalendarMorning(string local, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.Resolve(Shanghai(local), DeadlineSpec.Parse("nextday@08:00")));

    [Theory]
    [InlineData("sameday")]
    [InlineData("nextday@08:00")]
    public void Parse_NewForms_RoundTrip(string text) => Assert.Equal(text, DeadlineSpec.Parse(text).ToString());

    [Theory]
    [InlineData("sameday ")]
    [InlineData("SAMEDAY")]
    [InlineData("nextday@8")]
    [InlineData("nextday@24:00")]
    [InlineData("nextday")]
    public void TryParse_BadNewForms_FailWithMessage(string text)
    {
        Assert.False(DeadlineSpec.TryParse(text, out _, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void EndOfWorkingDay_StillMeansTheWorkingDay_OnA24hService() =>
        Assert.Equal(Shanghai("2026-11-23 18:00"), China2026.Resolve(Shanghai("2026-11-21 10:00"), DeadlineSpec.Parse("eod")));

    [Fact]
    public void Season_SameFirstAndLastDay_Rejected() =>
        Assert.Throws<CalendarDefinitionException>(() => Build(d => d with
        {
            Season = new ServiceSeason { From = new AnnualDate(11, 1), To = new AnnualDate(11, 1) },
        }));
}
