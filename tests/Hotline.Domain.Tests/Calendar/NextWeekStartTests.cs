using NodaTime;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

[Trait("Rule", "R-FU-3")]
public sealed class NextWeekStartTests
{
    private static readonly LocalTime NineAm = new(9, 0);

    [Theory]
    [InlineData("2026-11-18 15:00", "2026-11-23 09:00")] // Wednesday → next Monday
    [InlineData("2026-11-22 23:59", "2026-11-23 09:00")] // Sunday night → tomorrow
    [InlineData("2026-11-23 08:00", "2026-11-30 09:00")] // on a Monday: strictly the next one
    [InlineData("2026-09-30 10:00", "2026-10-08 09:00")] // Monday 10-05 is 国庆 → Thursday 10-08
    [InlineData("2026-10-01 10:00", "2026-10-08 09:00")]
    [InlineData("2026-02-12 10:00", "2026-02-24 09:00")] // Monday 02-16 is 春节 → Tuesday 02-24
    public void NextWeekStart_Edges(string local, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.NextWeekStart(Shanghai(local), NineAm));

    [Fact]
    public void NextWeekStart_MondayIsHoliday_FirstWorkingDayAfter() =>
        Assert.Equal(Shanghai("2026-10-08 09:00"), China2026.NextWeekStart(Shanghai("2026-10-02 12:00"), NineAm));

    [Fact]
    public void NextWeekStart_UtcSundayThatIsShanghaiMonday_IsFollowingMonday()
    {
        var at = new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero); // Monday 01:00 in Shanghai

        Assert.Equal(Shanghai("2026-11-30 09:00"), China2026.NextWeekStart(at, NineAm));
    }
}
