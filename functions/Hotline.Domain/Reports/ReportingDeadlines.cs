using Hotline.Domain.Calendar;

namespace Hotline.Domain.Reports;

/// <summary>The month's reporting deadlines (R-RP-4): each due at the close of its working day.</summary>
/// <remarks>
/// Reading: "by the 20th" is a deadline on a working day, and the seed's office does not work weekends or holidays,
/// so when the 20th is not a working day of the profile calendar the roll-up is due on the working day before it
/// (never after: a deadline does not move past its date). A 调休 make-up working day counts as a working day.
/// </remarks>
public sealed record ReportingDeadlines(DateOnly RollUpBy, DateTimeOffset RollUpDueUtc, DateOnly UpstreamReportBy, DateTimeOffset UpstreamReportDueUtc)
{
    /// <returns>Null when the policy sets no monthly deadlines.</returns>
    public static ReportingDeadlines? For(ReportingPolicy policy, BusinessCalendar calendar, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        if (policy.RollUpDay is not { } rollUp || policy.UpstreamReportDay is not { } upstream)
        {
            return null;
        }

        var rollUpBy = WorkingDayOnOrBefore(calendar, new DateOnly(year, month, rollUp));
        var upstreamBy = WorkingDayOnOrBefore(calendar, new DateOnly(year, month, upstream));
        return new ReportingDeadlines(rollUpBy, CloseOf(calendar, rollUpBy), upstreamBy, CloseOf(calendar, upstreamBy));
    }

    /// <remarks>Ends: a calendar validation leaves at least one weekday working and holiday schedules are finite.</remarks>
    public static DateOnly WorkingDayOnOrBefore(BusinessCalendar calendar, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The close of a working day: the end of the working day that starts at its midnight.</summary>
    private static DateTimeOffset CloseOf(BusinessCalendar calendar, DateOnly workingDay) =>
        calendar.EndOfWorkingDay(ReportPeriod.Day(calendar, workingDay).StartUtc);
}
