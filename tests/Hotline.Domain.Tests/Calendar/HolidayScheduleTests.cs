using Hotline.Domain.Calendar;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

public sealed class HolidayScheduleTests
{
    [Fact]
    public void China2026_LoadedFromResource_MatchesPublishedNotice()
    {
        var schedule = HolidaySchedule.China2026;

        Assert.Equal(2026, schedule.Year);
        Assert.Equal("国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号)", schedule.Source);
        Assert.Equal(
            [("元旦", 3), ("春节", 9), ("清明节", 3), ("劳动节", 5), ("端午节", 3), ("中秋节", 3), ("国庆节", 7)],
            schedule.Holidays.Select(h => (h.Name, h.Length)));
        Assert.Equal(
            ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
            schedule.MakeUpWorkdays.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(schedule.MakeUpWorkdays, d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void FromJson_CommentsAndTrailingCommas_Accepted()
    {
        var schedule = HolidaySchedule.FromJson("""
            {
              // a deployment's own days
              "year": 2027,
              "source": "本地安排",
              "holidays": [ { "name": "元旦", "first": "2026-12-31", "last": "2027-01-01" }, ],
            }
            """);

        Assert.Empty(schedule.MakeUpWorkdays);
        Assert.Equal(Date("2026-12-31"), Assert.Single(schedule.Holidays).First);
    }

    [Theory]
    [InlineData("makeUpWorkdays[0].date", """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2026-10-01","last":"2026-10-07"}],"makeUpWorkdays":[{"name":"b","date":"2026-10-03"}]}""")]
    [InlineData("holidays[0].last", """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2026-10-07","last":"2026-10-01"}]}""")]
    [InlineData("holidays[1]", """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2026-10-01","last":"2026-10-07"},{"name":"b","first":"2026-10-07","last":"2026-10-08"}]}""")]
    [InlineData("makeUpWorkdays[1].date", """{"year":2026,"source":"s","makeUpWorkdays":[{"name":"a","date":"2026-10-10"},{"name":"b","date":"2026-10-10"}]}""")]
    [InlineData("holidays[0].first", """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2062-10-01","last":"2062-10-01"}]}""")]
    [InlineData("holidays[0].first", """{"year":2026,"source":"s","holidays":[{"name":"a","last":"2026-10-01"}]}""")]
    [InlineData("holidays[0].last", """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2026-01-01","last":"2026-03-01"}]}""")]
    [InlineData("holidays[0].name", """{"year":2026,"source":"s","holidays":[{"name":" ","first":"2026-10-01","last":"2026-10-01"}]}""")]
    [InlineData("year", """{"source":"s"}""")]
    [InlineData("source", """{"year":2026,"source":""}""")]
    [InlineData("holidays[0].first", """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2026-13-01","last":"2026-10-01"}]}""")]
    [InlineData("makeupDays", """{"year":2026,"source":"s","makeupDays":[]}""")]
    [InlineData("$", """[]""")]
    public void FromJson_Invalid_NamesField(string field, string json)
    {
        var ex = Assert.Throws<CalendarDefinitionException>(() => HolidaySchedule.FromJson(json));

        Assert.Equal(field, ex.Field);
        Assert.StartsWith(field + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_DateBothHolidayAndMakeUpDay_SaysWhichHoliday()
    {
        var ex = Assert.Throws<CalendarDefinitionException>(() => HolidaySchedule.FromJson(
            """{"year":2026,"source":"s","holidays":[{"name":"a","first":"2026-10-01","last":"2026-10-07"}],"makeUpWorkdays":[{"name":"b","date":"2026-10-03"}]}"""));

        Assert.Contains("2026-10-03 is also a day off in holidays[0]", ex.Message, StringComparison.Ordinal);
    }
}
