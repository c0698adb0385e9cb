using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

[Trait("Rule", "R-FU-7")]
public sealed class AddWorkingDaysTests
{
    [Theory]
    [InlineData("2026-11-17 10:00", 2, "2026-11-19 18:00")] // Tuesday: receipt day not counted
    [InlineData("2026-11-17 18:00", 2, "2026-11-20 18:00")] // after close: received Wednesday
    [InlineData("2026-11-20 18:30", 2, "2026-11-25 18:00")] // Friday evening: received Monday
    [InlineData("2026-11-21 10:00", 1, "2026-11-24 18:00")] // Saturday: received Monday
    [InlineData("2026-02-12 10:00", 3, "2026-02-24 18:00")] // 02-13, 调休 02-14, then 02-24 after 春节
    [InlineData("2026-02-13 10:00", 2, "2026-02-24 18:00")] // 调休 02-14 counts, 02-15..23 do not
    [InlineData("2026-02-18 10:00", 2, "2026-02-26 18:00")] // received during 春节: receipt day is 02-24
    [InlineData("2026-02-26 10:00", 2, "2026-02-28 18:00")] // ends on the 调休 Saturday
    [InlineData("2026-09-29 09:00", 2, "2026-10-08 18:00")] // 09-30, then 国庆, then 10-08
    public void AddWorkingDays_Edges(string local, int days, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.AddWorkingDays(Shanghai(local), days));

    [Fact]
    public void AddWorkingDays_TwoAcrossSpringFestival_SkipsNineDaysOff() =>
        Assert.Equal(Shanghai("2026-02-24 18:00"), China2026.AddWorkingDays(Shanghai("2026-02-13 17:59"), 2));

    [Theory]
    [InlineData("2026-11-20 17:59")]
    [InlineData("2026-11-20 18:00")]
    [InlineData("2026-10-01 12:00")]
    public void AddWorkingDays_Zero_IsEndOfWorkingDay(string local) =>
        Assert.Equal(China2026.EndOfWorkingDay(Shanghai(local)), China2026.AddWorkingDays(Shanghai(local), 0));

    [Fact]
    public void AddWorkingDays_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => China2026.AddWorkingDays(Shanghai("2026-11-20 10:00"), -1));
}
