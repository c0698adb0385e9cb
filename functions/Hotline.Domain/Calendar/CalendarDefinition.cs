using NodaTime;

namespace Hotline.Domain.Calendar;

/// <summary>
/// A profile's business calendar as data: time zone, working hours, weekend, service hours
/// (R-PV-3) and the holiday schedules (statutory holidays and 调休 make-up working days).
/// </summary>
/// <remarks>
/// Plain data so a profile loader can fill it; <see cref="Validate"/> (called by
/// <see cref="BusinessCalendar.Create"/>) rejects what would make deadlines meaningless.
/// A year with no schedule falls back to weekends only, so schedules must be added each year.
/// </remarks>
public sealed record CalendarDefinition
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>IANA time zone id of the hotline's users.</summary>
    public string TimeZoneId { get; init; } = DefaultTimeZoneId;

    /// <summary>Local start of the working day (inclusive).</summary>
    public LocalTime WorkdayStart { get; init; } = new(8, 30);

    /// <summary>Local end of the working day (exclusive): "before the end of the working day" means before this.</summary>
    public LocalTime WorkdayEnd { get; init; } = new(18, 0);

    /// <summary>Days of the week that are not working days unless a schedule makes them make-up days.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekend { get; init; } = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>When the hotline answers outside <see cref="Season"/> (all year when there is no season).</summary>
    public ServiceHours ServiceHours { get; init; } = ServiceHours.AllDayEveryDay;

    /// <summary>A yearly season with other service hours (heating: 24 h in the heating season, R-FU-13); null: none.</summary>
    public ServiceSeason? Season { get; init; }

    /// <summary>
    /// Who answers within service hours but outside the working day (非正式班 → 值班人员, 001 §2; 晚间值班台, 000 篇2 §6);
    /// null when the working-day staff answer all the service hours or the profile names no desk (R-PV-3).
    /// </summary>
    public string? DutyDesk { get; init; }

    public IReadOnlyList<HolidaySchedule> HolidaySchedules { get; init; } = [];

    /// <summary>Throws <see cref="CalendarDefinitionException"/> naming the first offending field.</summary>
    public void Validate() => _ = ResolveTimeZone();

    /// <summary>Validates and returns the time zone, so <see cref="BusinessCalendar"/> looks it up once.</summary>
    internal DateTimeZone ResolveTimeZone()
    {
        if (string.IsNullOrWhiteSpace(TimeZoneId))
        {
            throw new CalendarDefinitionException(nameof(TimeZoneId), "a time zone id is required (e.g. \"Asia/Shanghai\").");
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId)
            ?? throw new CalendarDefinitionException(
                nameof(TimeZoneId), $"\"{TimeZoneId}\" is not a known IANA time zone (e.g. \"Asia/Shanghai\").");

        if (WorkdayStart >= WorkdayEnd)
        {
            throw new CalendarDefinitionException(
                nameof(WorkdayStart),
                $"the working day must start before it ends ({CalendarText.Time(WorkdayStart)} >= {CalendarText.Time(WorkdayEnd)}).");
        }

        ValidateWeekend();

        if (ServiceHours is null)
        {
            throw new CalendarDefinitionException(nameof(ServiceHours), "service hours are required.");
        }

        ServiceHours.Validate(nameof(ServiceHours));
        Season?.Validate(nameof(Season));

        if (HolidaySchedules is null || HolidaySchedules.Any(s => s is null))
        {
            throw new CalendarDefinitionException(nameof(HolidaySchedules), "the list and its items must not be null.");
        }

        return zone;
    }

    private void ValidateWeekend()
    {
        if (Weekend is null)
        {
            throw new CalendarDefinitionException(nameof(Weekend), "the list is required (it may be empty).");
        }

        foreach (var day in Weekend)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new CalendarDefinitionException(nameof(Weekend), $"{(int)day} is not a day of the week.");
            }
        }

        // With seven weekend days no working day exists and every working-day search would run forever.
        if (Weekend.Distinct().Count() == 7)
        {
            throw new CalendarDefinitionException(nameof(Weekend), "at least one day of the week must be a working day.");
        }
    }
}
