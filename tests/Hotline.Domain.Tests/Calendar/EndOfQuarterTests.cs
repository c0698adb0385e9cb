using Hotline.Domain.Calendar;
using static Hotline.Domain.Tests.Calendar.Calendars;

namespace Hotline.Domain.Tests.Calendar;

[Trait("Rule", "R-CL-7")]
public sealed class EndOfQuarterTests
{
    // 国办发明电〔2022〕16号: 中秋节、国庆节 9月29日至10月6日放假, 10月7日(周六)、10月8日(周日)上班.
    // Q3 2023 ends on Saturday 09-30 inside the holiday; Friday 09-29 is off too.
    private const string China2023NationalDay = """
        {
          "year": 2023,
          "source": "国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号), 中秋节、国庆节 only",
          "holidays": [ { "name": "中秋节、国庆节", "first": "2023-09-29", "last": "2023-10-06" } ],
          "makeUpWorkdays": [
            { "name": "国庆节", "date": "2023-10-07" },
            { "name": "国庆节", "date": "2023-10-08" }
          ]
        }
        """;

    [Theory]
    [InlineData("2026-01-05 10:00", "2026-03-31 18:00")]
    [InlineData("2026-08-15 10:00", "2026-09-30 18:00")] // 09-30 is a working Wednesday
    [InlineData("2026-09-30 17:59", "2026-09-30 18:00")]
    [InlineData("2026-09-30 18:00", "2026-12-31 18:00")] // at the close: the next quarter's
    [InlineData("2026-10-01 00:00", "2026-12-31 18:00")]
    public void EndOfQuarter_China2026(string local, string expected) =>
        Assert.Equal(Shanghai(expected), China2026.EndOfQuarter(Shanghai(local)));

    [Fact]
    public void EndOfQuarter_LastDaysOfQuarterAreHolidays_LastWorkingDayBefore()
    {
        var calendar = Build(d => d with { HolidaySchedules = [HolidaySchedule.FromJson(China2023NationalDay)] });

        Assert.Equal(Shanghai("2023-09-28 18:00"), calendar.EndOfQuarter(Shanghai("2023-07-10 09:00")));
        Assert.Equal(Shanghai("2023-12-29 18:00"), calendar.EndOfQuarter(Shanghai("2023-09-28 18:00")));
        Assert.Equal(Shanghai("2023-12-29 18:00"), calendar.EndOfQuarter(Shanghai("2023-09-29 10:00")));
    }

    [Fact]
    public void EndOfQuarter_LocalHolidayOnLastDay_PreviousWorkingDay()
    {
        var local = HolidaySchedule.Create(
            2026, "本地安排", [new Holiday("季末盘点日", Date("2026-03-31"), Date("2026-03-31"))], []);
        var calendar = Build(d => d with { HolidaySchedules = [HolidaySchedule.China2026, local] });

        Assert.Equal(Shanghai("2026-03-30 18:00"), calendar.EndOfQuarter(Shanghai("2026-02-01 10:00")));
        Assert.Equal(Shanghai("2026-06-30 18:00"), calendar.EndOfQuarter(Shanghai("2026-03-30 18:00")));
    }
}
