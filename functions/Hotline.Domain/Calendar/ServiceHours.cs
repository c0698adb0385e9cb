using NodaTime;

namespace Hotline.Domain.Calendar;

/// <summary>
/// When the hotline answers (R-PV-3): around the clock, or a daily window, on every day or only on
/// working days.
/// </summary>
public sealed record ServiceHours
{
    /// <summary>True for a 24-hour service; <see cref="Opens"/> and <see cref="Closes"/> are then ignored.</summary>
    public bool AroundTheClock { get; init; }

    /// <summary>Local opening time (inclusive) of the daily window.</summary>
    public LocalTime Opens { get; init; }

    /// <summary>Local closing time (exclusive) of the daily window; must be after <see cref="Opens"/>.</summary>
    public LocalTime Closes { get; init; }

    public ServiceDays Days { get; init; } = ServiceDays.EveryDay;

    /// <summary>24 hours a day on all 365 days (profile 002 第2篇).</summary>
    public static ServiceHours AllDayEveryDay { get; } = new() { AroundTheClock = true };

    /// <summary>A daily window, e.g. 08:30–18:00 on 365 days (profile 000 §5.1).</summary>
    public static ServiceHours Daily(LocalTime opens, LocalTime closes, ServiceDays days = ServiceDays.EveryDay) =>
        new() { Opens = opens, Closes = closes, Days = days };

    internal bool IsOpenAt(LocalTime time) => AroundTheClock || (time >= Opens && time < Closes);

    internal void Validate(string field)
    {
        if (!Enum.IsDefined(Days))
        {
            throw new CalendarDefinitionException($"{field}.{nameof(Days)}", $"unknown value {(int)Days}.");
        }

        // A window across midnight (22:00–06:00) is not a shape any profile uses; reject it rather than guess.
        if (!AroundTheClock && Opens >= Closes)
        {
            throw new CalendarDefinitionException(
                $"{field}.{nameof(Opens)}",
                $"opening time {CalendarText.Time(Opens)} must be before closing time {CalendarText.Time(Closes)}; use AroundTheClock for 24 h.");
        }
    }
}
