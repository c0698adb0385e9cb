using Hotline.Domain.Calendar;
using NodaTime;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

[Trait("Rule", "R-PV-3")]
public sealed class WorkingAndServiceHoursTests
{
    private static readonly BusinessCalendar Daily365 =
        Build(d => d with { ServiceHours = ServiceHours.Daily(new LocalTime(8, 30), new LocalTime(18, 0)) });

    private static readonly BusinessCalendar DailyWorkingDays = Build(d => d with
    {
        ServiceHours = ServiceHours.Daily(new LocalTime(8, 30), new LocalTime(18, 0), ServiceDays.WorkingDays),
    });

    [Theory]
    [InlineData("2026-11-20 00:00", false)] // midnight is before opening
    [InlineData("2026-11-20 08:29", false)]
    [InlineData("2026-11-20 08:30", true)]
    [InlineData("2026-11-20 17:59", true)]
    [InlineData("2026-11-20 18:00", false)] // end is exclusive
    [InlineData("2026-11-21 10:00", false)] // Saturday
    [InlineData("2026-10-10 10:00", true)] // 调休 Saturday
    [InlineData("2026-10-01 10:00", false)] // 国庆
    public void IsWithinWorkingHours_Edges(string local, bool expected) =>
        Assert.Equal(expected, China2026.IsWithinWorkingHours(Shanghai(local)));

    [Fact]
    public void LocalTime_UtcDateDiffersFromLocalDate_JudgedByShanghaiDate()
    {
        var at = DateTimeOffset.Parse("2026-11-22T17:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Date("2026-11-23"), China2026.LocalDate(at)); // Monday 01:00 in Shanghai, Sunday in UTC
        Assert.Equal("11-23 01:00", China2026.FormatLocal(at));
        Assert.False(China2026.IsWithinWorkingHours(at));
        Assert.True(China2026.IsWithinWorkingHours(at.AddHours(8)));
    }

    [Theory]
    [InlineData("2026-10-01 03:00")]
    [InlineData("2026-11-21 23:59")]
    [InlineData("2026-11-20 00:00")]
    public void ServiceHours24h_AlwaysOpen_NextServiceTimeIsNow(string local)
    {
        Assert.True(China2026.IsWithinServiceHours(Shanghai(local)));
        Assert.Equal(Shanghai(local), China2026.NextServiceTime(Shanghai(local)));
    }

    [Theory]
    [InlineData("2026-10-01 10:00", "2026-10-01 10:00")] // a holiday: still served on 365 days
    [InlineData("2026-10-01 08:30", "2026-10-01 08:30")]
    [InlineData("2026-10-01 00:00", "2026-10-01 08:30")] // midnight waits for the same day's opening
    [InlineData("2026-10-01 18:00", "2026-10-02 08:30")]
    [InlineData("2026-11-21 19:00", "2026-11-22 08:30")] // Saturday evening → Sunday morning
    public void ServiceHoursDaily365_NextServiceTime(string local, string expected)
    {
        Assert.Equal(local == expected, Daily365.IsWithinServiceHours(Shanghai(local)));
        Assert.Equal(Shanghai(expected), Daily365.NextServiceTime(Shanghai(local)));
    }

    [Theory]
    [InlineData("2026-09-30 18:00", "2026-10-08 08:30")] // holiday week skipped
    [InlineData("2026-10-09 20:00", "2026-10-10 08:30")] // 调休 Saturday is served
    [InlineData("2026-10-10 09:00", "2026-10-10 09:00")]
    [InlineData("2026-11-21 12:00", "2026-11-23 08:30")]
    public void ServiceHoursWorkingDaysOnly_NextServiceTime(string local, string expected) =>
        Assert.Equal(Shanghai(expected), DailyWorkingDays.NextServiceTime(Shanghai(local)));

    [Fact]
    public void ServiceHours24hOnWorkingDays_Saturday_OpensAtMondayMidnight()
    {
        var calendar = Build(d => d with
        {
            ServiceHours = ServiceHours.AllDayEveryDay with { Days = ServiceDays.WorkingDays },
        });

        Assert.False(calendar.IsWithinServiceHours(Shanghai("2026-11-21 12:00")));
        Assert.Equal(Shanghai("2026-11-23 00:00"), calendar.NextServiceTime(Shanghai("2026-11-21 12:00")));
    }

    [Fact]
    public void NextServiceTime_ReturnsUtc()
    {
        var next = Daily365.NextServiceTime(Shanghai("2026-10-01 18:00"));

        Assert.Equal(TimeSpan.Zero, next.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 30, 0, TimeSpan.Zero), next);
    }
}
