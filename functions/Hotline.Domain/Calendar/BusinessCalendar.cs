using NodaTime;

namespace Hotline.Domain.Calendar;

/// <summary>
/// A profile's business calendar: which local days are working days (weekends, statutory holidays,
/// 调休 make-up days), working and service hours, and the deadlines the rules are written in.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Takes and returns <see cref="DateTimeOffset"/> instants (results are
/// UTC); all local arithmetic happens in the definition's time zone, so an instant whose UTC date
/// differs from its local date is judged by the local one. It never reads the clock.
/// </remarks>
public sealed partial class BusinessCalendar
{
    private readonly DateTimeZone _zone;
    private readonly IReadOnlyDictionary<LocalDate, bool> _overrides;

    private BusinessCalendar(CalendarDefinition definition, DateTimeZone zone, IReadOnlyDictionary<LocalDate, bool> overrides)
    {
        Definition = definition;
        _zone = zone;
        _overrides = overrides;
    }

    public CalendarDefinition Definition { get; }

    /// <exception cref="CalendarDefinitionException">The definition or two of its schedules disagree.</exception>
    public static BusinessCalendar Create(CalendarDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var zone = definition.ResolveTimeZone();
        return new BusinessCalendar(definition, zone, MergeSchedules(definition.HolidaySchedules));
    }

    /// <summary>
    /// True for a make-up working day (调休); false for a holiday; otherwise true unless it is a weekend day.
    /// </summary>
    public bool IsWorkingDay(DateOnly localDate) => IsWorkingDay(NodaTime.LocalDate.FromDateOnly(localDate));

    /// <summary>On a working day, from <see cref="CalendarDefinition.WorkdayStart"/> up to (not including) its end.</summary>
    public bool IsWithinWorkingHours(DateTimeOffset at)
    {
        var local = ToLocal(at);
        return IsWorkingDay(local.Date)
            && local.TimeOfDay >= Definition.WorkdayStart
            && local.TimeOfDay < Definition.WorkdayEnd;
    }

    /// <summary>Whether the hotline answers at <paramref name="at"/> (R-PV-3).</summary>
    public bool IsWithinServiceHours(DateTimeOffset at)
    {
        var local = ToLocal(at);
        return IsServiceDay(local.Date) && ServiceHoursOn(local.Date).IsOpenAt(local.TimeOfDay);
    }

    /// <summary>The service hours on a local date: the season's within <see cref="CalendarDefinition.Season"/>, else the usual ones.</summary>
    public ServiceHours ServiceHoursOn(DateOnly localDate) => ServiceHoursOn(NodaTime.LocalDate.FromDateOnly(localDate));

    /// <summary><paramref name="at"/> itself when within service hours, else the next opening.</summary>
    public DateTimeOffset NextServiceTime(DateTimeOffset at)
    {
        if (IsWithinServiceHours(at))
        {
            return at.ToUniversalTime();
        }

        var local = ToLocal(at);

        // Today only if it is a service day and the window has not opened yet; otherwise a later day.
        var day = IsServiceDay(local.Date) && local.TimeOfDay < Opening(local.Date) ? local.Date : local.Date.PlusDays(1);
        while (!IsServiceDay(day))
        {
            day = day.PlusDays(1);
        }

        return ToInstant(day, Opening(day));
    }

    /// <summary>The local (profile time zone) date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset at) => ToLocal(at).Date.ToDateOnly();

    /// <summary>Short local text for SMS, e.g. "11-22 18:00" (MM-dd HH:mm).</summary>
    /// <remarks>Local midnight reads as the previous day's 24:00 ("11-21 24:00"): a "same day" limit ends on the day it names.</remarks>
    public string FormatLocal(DateTimeOffset at)
    {
        var local = ToLocal(at);
        return local.TimeOfDay == LocalTime.Midnight
            ? CalendarText.ShortDate.Format(local.Date.PlusDays(-1)) + " 24:00"
            : CalendarText.Short.Format(local);
    }

    private bool IsWorkingDay(LocalDate date) =>
        _overrides.TryGetValue(date, out var working) ? working : !Definition.Weekend.Contains(date.DayOfWeek);

    private bool IsServiceDay(LocalDate date) =>
        ServiceHoursOn(date).Days == ServiceDays.EveryDay || IsWorkingDay(date);

    private ServiceHours ServiceHoursOn(LocalDate date) =>
        Definition.Season is { } season && season.Contains(date) ? season.Hours : Definition.ServiceHours;

    private LocalTime Opening(LocalDate date) => ServiceHoursOn(date) is { AroundTheClock: false } window ? window.Opens : LocalTime.Midnight;

    private LocalDateTime ToLocal(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(_zone).LocalDateTime;

    /// <remarks>Leniently: in a zone with daylight saving a skipped local time moves forward, never throws.</remarks>
    private DateTimeOffset ToInstant(LocalDate date, LocalTime time) =>
        date.At(time).InZoneLeniently(_zone).ToInstant().ToDateTimeOffset();

    private static Dictionary<LocalDate, bool> MergeSchedules(IReadOnlyList<HolidaySchedule> schedules)
    {
        // A deployment layers its own days over the national schedule; overlaps are fine, contradictions are not.
        var overrides = new Dictionary<LocalDate, bool>();
        var origin = new Dictionary<LocalDate, string>();
        foreach (var schedule in schedules)
        {
            var days = schedule.Holidays.SelectMany(h => h.Dates().Select(d => (Date: d, Working: false)))
                .Concat(schedule.MakeUpWorkdays.Select(d => (d.Date, Working: true)));
            foreach (var (date, working) in days)
            {
                var key = NodaTime.LocalDate.FromDateOnly(date);
                if (overrides.TryGetValue(key, out var existing) && existing != working)
                {
                    throw new CalendarDefinitionException(
                        nameof(CalendarDefinition.HolidaySchedules),
                        $"{date:yyyy-MM-dd} is a {(working ? "make-up working day" : "holiday")} in \"{schedule.Source}\" "
                        + $"but a {(existing ? "make-up working day" : "holiday")} in \"{origin[key]}\".");
                }

                overrides[key] = working;
                origin.TryAdd(key, schedule.Source);
            }
        }

        return overrides;
    }
}
