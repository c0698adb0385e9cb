using System.Globalization;
using Hotline.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Profiles;

public static partial class ProfileLoader
{
    /// <summary>The profile's <c>calendar</c> section: working day, weekend, service hours (R-PV-3) and holiday schedules.</summary>
    private sealed partial class Reader
    {
        private BusinessCalendar? Calendar(CalendarDocument? c, IReadOnlyDictionary<string, HolidaySchedule> schedules)
        {
            if (c is null)
            {
                errors.Add("calendar: required");
                return null;
            }

            var (start, end) = Window(c.Workday ?? "08:30-18:00", "calendar.workday");
            var weekend = new List<IsoDayOfWeek>();
            foreach (var (day, index) in (c.Weekend ?? ["Saturday", "Sunday"]).Select((d, n) => (d, n)))
            {
                if (Enum.TryParse<IsoDayOfWeek>(day, ignoreCase: true, out var parsed) && parsed != IsoDayOfWeek.None)
                {
                    weekend.Add(parsed);
                }
                else
                {
                    errors.Add($"calendar.weekend[{index}]: '{day}' is not a day of the week");
                }
            }

            var days = c.ServiceDays switch
            {
                null or "all" => ServiceDays.EveryDay,
                "working" => ServiceDays.WorkingDays,
                _ => Error(ServiceDays.EveryDay, $"calendar.serviceDays: '{c.ServiceDays}' must be 'all' or 'working'"),
            };
            ServiceHours hours;
            if (c.ServiceHours is null or "24h")
            {
                hours = ServiceHours.AllDayEveryDay with { Days = days };
            }
            else
            {
                var (opens, closes) = Window(c.ServiceHours, "calendar.serviceHours");
                hours = ServiceHours.Daily(opens, closes, days);
            }

            var holidays = new List<HolidaySchedule>();
            foreach (var name in c.Holidays ?? [])
            {
                if (schedules.TryGetValue(name, out var schedule))
                {
                    holidays.Add(schedule);
                }
                else
                {
                    errors.Add($"calendar.holidays: no holiday schedule named '{name}' (known: {string.Join(", ", schedules.Keys)})");
                }
            }

            try
            {
                return BusinessCalendar.Create(new CalendarDefinition
                {
                    TimeZoneId = c.TimeZone ?? CalendarDefinition.DefaultTimeZoneId,
                    WorkdayStart = start,
                    WorkdayEnd = end,
                    Weekend = weekend,
                    ServiceHours = hours,
                    HolidaySchedules = holidays,
                });
            }
            catch (CalendarDefinitionException ex)
            {
                errors.Add($"calendar: {ex.Message}");
                return null;
            }
        }

        private (LocalTime Start, LocalTime End) Window(string text, string path)
        {
            var parts = text.Split('-', 2);
            var pattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
            if (parts.Length == 2 && pattern.Parse(parts[0].Trim()) is { Success: true } a && pattern.Parse(parts[1].Trim()) is { Success: true } b)
            {
                return (a.Value, b.Value);
            }

            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: '{text}' is not a window like 08:30-18:00"));
            return (new LocalTime(8, 30), new LocalTime(18, 0));
        }
    }
}
