using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

[Trait("Rule", "R-FU-2")]
public sealed class EndOfWorkingDayTests
{
    [Theory]
    [InlineData("2026-11-20 17:59", "2026-11-20 18:00")] // Friday before close
    [InlineData("2026-11-20 18:00", "2026-11-23 18:00")] // Friday at close → Monday
    [InlineData("2026-11-20 00:00", "2026-11-20 18:00")] // midnight, before opening: same day
    [InlineData("2026-11-21 10:00", "2026-11-23 18:00")] // Saturday
    [InlineData("2026-09-30 17:00", "2026-09-30 18:00")] // holiday eve, before close
    [InlineData("2026-09-30 18:30", "2026-10-08 18:00")] // holiday eve, after close: 10-01..07 are off
    [InlineData("2026-10-03 11:00", "2026-10-08 18:00")] // inside the holiday
    [InlineData("2026-10-09 19:00", "2026-10-10 18:00")] // Friday evening → 调休 Saturday
    [InlineData("2026-10-10 09:00", "2026-10-10 18:00")] // on the 调休 Saturday
    [InlineData("2026-02-13 18:00", "2026-02-14 18:00")] // 春节 调休 Saturday
    [InlineData("2026-01-03 12:00", "2026-01-04 18:00")] // last day of 元旦 → 调休 Sunday
    public void EndOfWorkingDay_Edges(string local, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.EndOfWorkingDay(Shanghai(local)));

    [Fact]
    public void EndOfWorkingDay_Friday1759_IsFridayClose() =>
        Assert.Equal(Shanghai("2026-11-20 18:00"), China2026.EndOfWorkingDay(Shanghai("2026-11-20 17:59")));

    [Fact]
    public void EndOfWorkingDay_UtcSundayThatIsShanghaiMonday_IsMondayClose()
    {
        var at = new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero); // Mon 23 Nov 01:00 in Shanghai

        var end = China2026.EndOfWorkingDay(at);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
        Assert.Equal("11-23 18:00", China2026.FormatLocal(end));
    }

    [Fact]
    public void EndOfWorkingDay_OtherWorkingHours_UsesDefinitionClose()
    {
        var calendar = Build(d => d with { WorkdayStart = new NodaTime.LocalTime(9, 0), WorkdayEnd = new NodaTime.LocalTime(17, 30) });

        Assert.Equal(Shanghai("2026-11-23 17:30"), calendar.EndOfWorkingDay(Shanghai("2026-11-20 17:45")));
    }
}
