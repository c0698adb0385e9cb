using NodaTime;

namespace Hotline.Domain.Calendar;

/// <summary>
/// A yearly season with service hours of its own (R-PV-3, R-FU-13): the heating company answers around the clock in
/// the heating season (运行期24小时值班, seed 003) and keeps its ordinary hours the rest of the year.
/// </summary>
/// <remarks>Both ends are inclusive and the season may run across the new year (11-01..03-31).</remarks>
public sealed record ServiceSeason
{
    /// <summary>First day of the season, every year.</summary>
    public AnnualDate From { get; init; }

    /// <summary>Last day of the season (inclusive), every year.</summary>
    public AnnualDate To { get; init; }

    /// <summary>The service hours on the season's days.</summary>
    public ServiceHours Hours { get; init; } = ServiceHours.AllDayEveryDay;

    internal bool Contains(LocalDate date)
    {
        var day = new AnnualDate(date.Month, date.Day);
        return From <= To ? day >= From && day <= To : day >= From || day <= To;
    }

    internal void Validate(string field)
    {
        if (Hours is null)
        {
            throw new CalendarDefinitionException($"{field}.{nameof(Hours)}", "the season's service hours are required.");
        }

        if (From == To)
        {
            throw new CalendarDefinitionException(field, "a season must span more than one day (from and to are equal).");
        }

        Hours.Validate($"{field}.{nameof(Hours)}");
    }
}
