using Hotline.Domain.Calendar;
using NodaTime;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

[Trait("Rule", "R-PV-3")]
public sealed class WorkingDayTests
{
    [Theory]
    [InlineData("2026-11-20", true)] // Friday
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-22", false)] // Sunday
    [InlineData("2026-01-01", false)] // 元旦, Thursday
    [InlineData("2026-01-04", true)] // 元旦 调休 Sunday
    [InlineData("2026-02-14", true)] // 春节 调休 Saturday
    [InlineData("2026-02-16", false)] // 春节, Monday
    [InlineData("2026-02-23", false)] // last day of 春节, Monday
    [InlineData("2026-02-24", true)] // first working day after 春节
    [InlineData("2026-02-28", true)] // 春节 调休 Saturday
    [InlineData("2026-04-06", false)] // 清明, Monday
    [InlineData("2026-05-05", false)] // 劳动节, Tuesday
    [InlineData("2026-05-09", true)] // 劳动节 调休 Saturday
    [InlineData("2026-06-19", false)] // 端午, Friday
    [InlineData("2026-09-20", true)] // 国庆 调休 Sunday
    [InlineData("2026-09-25", false)] // 中秋, Friday
    [InlineData("2026-09-30", true)] // Wednesday before 国庆
    [InlineData("2026-10-01", false)] // 国庆, Thursday
    [InlineData("2026-10-07", false)] // 国庆, Wednesday
    [InlineData("2026-10-08", true)] // Thursday after 国庆
    [InlineData("2026-10-10", true)] // 国庆 调休 Saturday
    [InlineData("2026-10-11", false)] // ordinary Sunday
    public void IsWorkingDay_China2026_FollowsHolidaysAndMakeUpDays(string date, bool expected) =>
        Assert.Equal(expected, China2026.IsWorkingDay(Date(date)));

    [Fact]
    public void IsWorkingDay_YearWithoutSchedule_OnlyWeekendsAreOff()
    {
        Assert.True(China2026.IsWorkingDay(Date("2027-01-01"))); // a Friday; no 2027 data loaded
        Assert.False(China2026.IsWorkingDay(Date("2027-01-02")));
    }

    [Fact]
    public void IsWorkingDay_CustomWeekend_FridayAndSaturdayOff()
    {
        var calendar = Build(d => d with { Weekend = [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday] });

        Assert.False(calendar.IsWorkingDay(Date("2026-11-20")));
        Assert.True(calendar.IsWorkingDay(Date("2026-11-22")));
        Assert.True(calendar.IsWorkingDay(Date("2026-10-10"))); // 调休 still wins over the weekend
    }

    [Fact]
    public void IsWorkingDay_DeploymentAddsLocalHoliday_LayeredOverNationalSchedule()
    {
        var local = HolidaySchedule.Create(
            2026,
            "某市供热公司 2026 年内部安排",
            [new Holiday("公司成立日", Date("2026-11-20"), Date("2026-11-20")), new Holiday("国庆延长", Date("2026-10-07"), Date("2026-10-08"))],
            []);
        var calendar = Build(d => d with { HolidaySchedules = [HolidaySchedule.China2026, local] });

        Assert.False(calendar.IsWorkingDay(Date("2026-11-20")));
        Assert.False(calendar.IsWorkingDay(Date("2026-10-08")));
        Assert.True(calendar.IsWorkingDay(Date("2026-10-09")));
    }

    [Fact]
    public void Create_SchedulesContradictEachOther_NamesHolidaySchedules()
    {
        var contrary = HolidaySchedule.Create(2026, "错误的本地安排", [], [new MakeUpWorkday("加班", Date("2026-10-02"))]);

        var ex = Assert.Throws<CalendarDefinitionException>(
            () => Build(d => d with { HolidaySchedules = [HolidaySchedule.China2026, contrary] }));

        Assert.Equal(nameof(CalendarDefinition.HolidaySchedules), ex.Field);
        Assert.Contains("2026-10-02", ex.Message, StringComparison.Ordinal);
    }
}
