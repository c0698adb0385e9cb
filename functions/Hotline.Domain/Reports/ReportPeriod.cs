using Hotline.Domain.Calendar;
using NodaTime;

namespace Hotline.Domain.Reports;

/// <summary>
/// A report's period: whole local days in the profile's time zone, from the start of <see cref="FirstDay"/> up to
/// (not including) the start of the day after <see cref="LastDay"/>. A case belongs to the period its local receipt
/// date falls in, so a call at 23:30 Beijing time on the 30th is November's even though it is 15:30 UTC.
/// </summary>
public sealed record ReportPeriod(DateOnly FirstDay, DateOnly LastDay, DateTimeOffset StartUtc, DateTimeOffset EndUtc)
{
    public static ReportPeriod Day(BusinessCalendar calendar, DateOnly day) => Of(calendar, day, day);

    /// <summary>The ISO week (Monday to Sunday) containing <paramref name="anyDay"/>.</summary>
    public static ReportPeriod Week(BusinessCalendar calendar, DateOnly anyDay)
    {
        var monday = anyDay.AddDays(-(((int)anyDay.DayOfWeek + 6) % 7));
        return Of(calendar, monday, monday.AddDays(6));
    }

    public static ReportPeriod Month(BusinessCalendar calendar, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return Of(calendar, first, first.AddMonths(1).AddDays(-1));
    }

    public bool Contains(DateTimeOffset at) => at >= StartUtc && at < EndUtc;

    /// <summary>The instant the figures are taken at: the period's end, or <paramref name="nowUtc"/> while it is still running.</summary>
    public DateTimeOffset AsOf(DateTimeOffset nowUtc) => nowUtc < EndUtc ? nowUtc.ToUniversalTime() : EndUtc;

    private static ReportPeriod Of(BusinessCalendar calendar, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var zone = calendar.Definition.ResolveTimeZone();
        return new ReportPeriod(first, last, StartOf(zone, first), StartOf(zone, last.AddDays(1)));
    }

    /// <remarks>AtStartOfDayInZone: where a zone skips midnight, the day starts at the first instant that exists.</remarks>
    private static DateTimeOffset StartOf(DateTimeZone zone, DateOnly day) =>
        LocalDate.FromDateOnly(day).AtStartOfDayInZone(zone).ToInstant().ToDateTimeOffset();
}
