using System.Globalization;
using Hotline.Domain.Calendar;

namespace Hotline.Domain.Tests.Calendar;

/// <summary>Calendars and local-time helpers shared by the calendar tests.</summary>
internal static class Calendars
{
    /// <summary>Asia/Shanghai, 08:30–18:00, Sat+Sun weekend, China 2026 holidays, 24 h service.</summary>
    public static BusinessCalendar China2026 { get; } = Build();

    public static BusinessCalendar Build(Func<CalendarDefinition, CalendarDefinition>? change = null)
    {
        var definition = new CalendarDefinition { HolidaySchedules = [HolidaySchedule.China2026] };
        return BusinessCalendar.Create(change is null ? definition : change(definition));
    }

    /// <summary>An instant given as Shanghai wall-clock time, "yyyy-MM-dd HH:mm".</summary>
    public static DateTimeOffset Shanghai(string local) =>
        DateTimeOffset.ParseExact(local + " +08:00", "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    public static DateOnly Date(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
