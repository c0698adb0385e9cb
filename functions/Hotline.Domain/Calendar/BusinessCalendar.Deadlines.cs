using NodaTime;

namespace Hotline.Domain.Calendar;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The close (<see cref="CalendarDefinition.WorkdayEnd"/>) of the current working day when
    /// <paramref name="at"/> is on a working day before its close; otherwise the close of the next
    /// working day (R-FU-2 "before the end of the working day").
    /// </summary>
    public DateTimeOffset EndOfWorkingDay(DateTimeOffset at) => Close(ReceiptDay(at));

    /// <summary>
    /// The end of the service day <paramref name="at"/> falls in ("the same day", 当天/不过天, R-PV-3): on a day served
    /// around the clock the end of the local calendar day (next local midnight); on a day with a window, the window's
    /// close that day. When <paramref name="at"/> is on no service day or past the close, the next service day's end.
    /// </summary>
    /// <remarks>
    /// Unlike <see cref="EndOfWorkingDay"/> this follows the service hours, not the working day: a 24 h service's
    /// Saturday or 春节 complaint is due that night, a 365-day 08:30–18:00 service's at 18:00 that day.
    /// </remarks>
    public DateTimeOffset EndOfServiceDay(DateTimeOffset at)
    {
        // Ends: a working day is a service day under any hours, and validation leaves some day of the week working.
        for (var day = ToLocal(at).Date; ; day = day.PlusDays(1))
        {
            if (!IsServiceDay(day))
            {
                continue;
            }

            var end = ServiceHoursOn(day) is { AroundTheClock: false } window
                ? ToInstant(day, window.Closes)
                : ToInstant(day.PlusDays(1), LocalTime.Midnight);
            if (end > at)
            {
                return end;
            }
        }
    }

    /// <summary>The next local calendar day at <paramref name="time"/> ("not left overnight", 大修不过夜, R-FU-13).</summary>
    public DateTimeOffset NextDayAt(DateTimeOffset at, LocalTime time) => ToInstant(ToLocal(at).Date.PlusDays(1), time);

    /// <summary>The close of the <paramref name="days"/>-th working day after the receipt day.</summary>
    /// <remarks>
    /// The receipt day is the local date of <paramref name="at"/> when that is a working day and
    /// <paramref name="at"/> is before its close; otherwise the next working day (a case received on
    /// Friday evening or on a holiday counts as received on the next working day). The receipt day
    /// itself is not counted, so "2 working days" (R-FU-7) from Tuesday 10:00 ends Thursday at close,
    /// and from Friday 18:30 ends Wednesday at close. <c>days = 0</c> equals <see cref="EndOfWorkingDay"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public DateTimeOffset AddWorkingDays(DateTimeOffset at, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = ReceiptDay(at);
        for (var i = 0; i < days; i++)
        {
            day = NextWorkingDayAfter(day);
        }

        return Close(day);
    }

    /// <summary>
    /// The next Monday strictly after the local date of <paramref name="at"/>, at <paramref name="time"/>;
    /// when that Monday is not a working day, the first working day after it (R-FU-3 "every Monday").
    /// </summary>
    public DateTimeOffset NextWeekStart(DateTimeOffset at, LocalTime time)
    {
        var monday = ToLocal(at).Date.Next(IsoDayOfWeek.Monday);
        var day = IsWorkingDay(monday) ? monday : NextWorkingDayAfter(monday);
        return ToInstant(day, time);
    }

    /// <summary>
    /// The close of the last working day of the calendar quarter containing <paramref name="at"/>;
    /// when <paramref name="at"/> is at or past it, the next quarter's (R-CL-7 "once a quarter").
    /// </summary>
    public DateTimeOffset EndOfQuarter(DateTimeOffset at)
    {
        var date = ToLocal(at).Date;
        var quarterStart = new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);

        // Ends: schedules are finite, so some later quarter always has a working day after `at`.
        while (true)
        {
            var nextQuarter = quarterStart.PlusMonths(3);
            for (var day = nextQuarter.PlusDays(-1); day >= quarterStart; day = day.PlusDays(-1))
            {
                if (IsWorkingDay(day))
                {
                    var close = Close(day);
                    if (close > at)
                    {
                        return close;
                    }

                    break;
                }
            }

            quarterStart = nextQuarter;
        }
    }

    /// <summary>The instant a profile deadline falls due when its clock starts at <paramref name="from"/>.</summary>
    public DateTimeOffset Resolve(DateTimeOffset from, DeadlineSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec switch
        {
            DeadlineSpec.Elapsed elapsed => (from + elapsed.Length).ToUniversalTime(),
            DeadlineSpec.WorkingDays workingDays => AddWorkingDays(from, workingDays.Days),
            DeadlineSpec.EndOfWorkingDay => EndOfWorkingDay(from),
            DeadlineSpec.EndOfServiceDay => EndOfServiceDay(from),
            DeadlineSpec.NextDayAt nextDay => NextDayAt(from, nextDay.Time),
            DeadlineSpec.NextWeekStart weekStart => NextWeekStart(from, weekStart.Time),
            DeadlineSpec.EndOfQuarter => EndOfQuarter(from),
            _ => throw new ArgumentException($"Unknown deadline kind {spec.GetType().Name}.", nameof(spec)),
        };
    }

    private LocalDate ReceiptDay(DateTimeOffset at)
    {
        var local = ToLocal(at);
        return IsWorkingDay(local.Date) && local.TimeOfDay < Definition.WorkdayEnd
            ? local.Date
            : NextWorkingDayAfter(local.Date);
    }

    /// <remarks>Ends because validation leaves at least one non-weekend day and schedules are finite.</remarks>
    private LocalDate NextWorkingDayAfter(LocalDate date)
    {
        var day = date.PlusDays(1);
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    private DateTimeOffset Close(LocalDate day) => ToInstant(day, Definition.WorkdayEnd);
}
