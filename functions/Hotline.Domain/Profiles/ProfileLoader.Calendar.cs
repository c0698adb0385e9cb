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

            var hours = Hours(c.ServiceHours, c.ServiceDays, "calendar");
            var season = c.Season is null ? null : Season(c.Season);

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
                    Season = season,
                    DutyDesk = string.IsNullOrWhiteSpace(c.DutyDesk) ? null : c.DutyDesk.Trim(),
                    HolidaySchedules = holidays,
                });
            }
            catch (CalendarDefinitionException ex)
            {
                errors.Add($"calendar: {ex.Message}");
                return null;
            }
        }

        private ServiceHours Hours(string? serviceHours, string? serviceDays, string path)
        {
            var days = serviceDays switch
            {
                null or "all" => ServiceDays.EveryDay,
                "working" => ServiceDays.WorkingDays,
                _ => Error(ServiceDays.EveryDay, $"{path}.serviceDays: '{serviceDays}' must be 'all' or 'working'"),
            };
            if (serviceHours is null or "24h")
            {
                return ServiceHours.AllDayEveryDay with { Days = days };
            }

            var (opens, closes) = Window(serviceHours, $"{path}.serviceHours");
            return ServiceHours.Daily(opens, closes, days);
        }

        /// <summary>The <c>calendar.season</c>: yearly dates "MM-dd" and the hours on them (R-FU-13 heating season).</summary>
        private ServiceSeason? Season(SeasonDocument season)
        {
            var pattern = AnnualDatePattern.CreateWithInvariantCulture("MM'-'dd");
            AnnualDate? Day(string? text, string field)
            {
                if (text is not null && pattern.Parse(text) is { Success: true } parsed)
                {
                    return parsed.Value;
                }

                errors.Add($"calendar.season.{field}: '{text}' is not a day of the year like 11-15");
                return null;
            }

            var from = Day(season.From, "from");
            var to = Day(season.To, "to");
            var hours = Hours(season.ServiceHours, season.ServiceDays, "calendar.season");
            return from is { } f && to is { } t ? new ServiceSeason { From = f, To = t, Hours = hours } : null;
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
