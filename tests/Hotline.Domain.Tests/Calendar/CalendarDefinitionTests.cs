using Hotline.Domain.Calendar;
using NodaTime;

namespace Hotline.Domain.Tests.Calendar;

public sealed class CalendarDefinitionTests
{
    [Fact]
    public void Defaults_ShanghaiWeekdays0830To1800_AreValid()
    {
        var definition = new CalendarDefinition();

        definition.Validate();
        Assert.Equal("Asia/Shanghai", definition.TimeZoneId);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], definition.Weekend);
        Assert.Equal(new LocalTime(8, 30), definition.WorkdayStart);
        Assert.Equal(new LocalTime(18, 0), definition.WorkdayEnd);
    }

    public static TheoryData<CalendarDefinition, string, string> Invalid => new()
    {
        { new CalendarDefinition { TimeZoneId = "Asia/Beijing" }, "TimeZoneId", "Asia/Beijing" },
        { new CalendarDefinition { TimeZoneId = " " }, "TimeZoneId", "required" },
        { new CalendarDefinition { WorkdayStart = new LocalTime(18, 0) }, "WorkdayStart", "18:00 >= 18:00" },
        { new CalendarDefinition { WorkdayStart = new LocalTime(19, 0) }, "WorkdayStart", "19:00 >= 18:00" },
        {
            new CalendarDefinition { Weekend = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToList() },
            "Weekend", "at least one day"
        },
        { new CalendarDefinition { Weekend = [IsoDayOfWeek.None] }, "Weekend", "not a day of the week" },
        {
            new CalendarDefinition { ServiceHours = ServiceHours.Daily(new LocalTime(18, 0), new LocalTime(8, 30)) },
            "ServiceHours.Opens", "18:00 must be before closing time 08:30"
        },
        { new CalendarDefinition { ServiceHours = null! }, "ServiceHours", "required" },
        { new CalendarDefinition { HolidaySchedules = [null!] }, "HolidaySchedules", "null" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_Invalid_NamesField(CalendarDefinition definition, string field, string detail)
    {
        var ex = Assert.Throws<CalendarDefinitionException>(definition.Validate);

        Assert.Equal(field, ex.Field);
        Assert.Contains(detail, ex.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarDefinitionException>(() => BusinessCalendar.Create(definition));
    }

    [Fact]
    public void Create_OtherZone_JudgesByThatZone()
    {
        var calendar = BusinessCalendar.Create(new CalendarDefinition { TimeZoneId = "Asia/Urumqi" }); // UTC+6

        var at = new DateTimeOffset(2026, 11, 20, 11, 59, 0, TimeSpan.Zero); // 17:59 in Urumqi

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), calendar.EndOfWorkingDay(at));
    }
}
