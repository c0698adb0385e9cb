using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Hotline.Domain.Calendar;

public abstract partial record DeadlineSpec
{
    /// <summary>Longest elapsed deadline accepted; anything longer in a profile is a typo.</summary>
    public static readonly TimeSpan MaxElapsed = TimeSpan.FromDays(366);

    /// <summary>Most working days accepted (about a year of working days).</summary>
    public const int MaxWorkingDays = 250;

    private const string WorkingDaysSuffix = "wd";
    private const string EndOfWorkingDayText = "eod";
    private const string NextWeekStartPrefix = "monday@";
    private const string EndOfQuarterText = "eoq";
    private const string EndOfServiceDayText = "sameday";
    private const string NextDayPrefix = "nextday@";
    private const string Grammar = "expected PT2H / P7D (elapsed), 2wd (working days), eod, sameday, nextday@08:00, monday@09:00 or eoq";

    /// <exception cref="FormatException">The text is not in the grammar; the message says why.</exception>
    public static DeadlineSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);

    public static bool TryParse(string? text, [NotNullWhen(true)] out DeadlineSpec? spec, out string error)
    {
        spec = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"A deadline is empty; {Grammar}.";
            return false;
        }

        // Exact text only (no trimming, case-sensitive) so that every accepted text round-trips.
        var problem = text switch
        {
            EndOfWorkingDayText => Accept(new EndOfWorkingDay(), out spec),
            EndOfQuarterText => Accept(new EndOfQuarter(), out spec),
            EndOfServiceDayText => Accept(new EndOfServiceDay(), out spec),
            _ when text.StartsWith(NextDayPrefix, StringComparison.Ordinal) => ParseNextDay(text, out spec),
            _ when text.StartsWith('P') => ParseElapsed(text, out spec),
            _ when text.EndsWith(WorkingDaysSuffix, StringComparison.Ordinal) => ParseWorkingDays(text, out spec),
            _ when text.StartsWith(NextWeekStartPrefix, StringComparison.Ordinal) => ParseNextWeekStart(text, out spec),
            _ => Grammar,
        };
        error = problem is null ? string.Empty : $"Deadline \"{text}\": {problem}.";
        return problem is null;
    }

    private static string? Accept(DeadlineSpec value, out DeadlineSpec? spec)
    {
        spec = value;
        return null;
    }

    private static string? ParseElapsed(string text, out DeadlineSpec? spec)
    {
        spec = null;
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (!result.Success)
        {
            return "not an ISO-8601 duration such as PT2H, PT30M or P7D";
        }

        var period = result.Value;
        if (period.Years != 0 || period.Months != 0 || period.Weeks != 0)
        {
            return "years, months and weeks have no fixed length; write days (P7D instead of P1W)";
        }

        if (period.Milliseconds != 0 || period.Ticks != 0 || period.Nanoseconds != 0)
        {
            return "use whole days, hours, minutes or seconds";
        }

        if (period.Days < 0 || period.Hours < 0 || period.Minutes < 0 || period.Seconds < 0
            || period.ToDuration() <= Duration.Zero)
        {
            return "a deadline must lie in the future (positive duration)";
        }

        if (period.ToDuration() > Duration.FromTimeSpan(MaxElapsed))
        {
            return $"longer than {MaxElapsed.TotalDays.ToString(CultureInfo.InvariantCulture)} days";
        }

        return Accept(new Elapsed(period), out spec);
    }

    private static string? ParseWorkingDays(string text, out DeadlineSpec? spec)
    {
        spec = null;
        var digits = text[..^WorkingDaysSuffix.Length];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            return "working days are written as a whole number followed by wd, e.g. 2wd";
        }

        if (days is < 1 or > MaxWorkingDays)
        {
            return $"working days must be 1..{MaxWorkingDays} (use eod for the same day)";
        }

        if (digits[0] == '0')
        {
            return $"write {days}{WorkingDaysSuffix} without leading zeros";
        }

        return Accept(new WorkingDays(days), out spec);
    }

    private static string? ParseNextDay(string text, out DeadlineSpec? spec)
    {
        spec = null;
        var result = CalendarText.HourMinute.Parse(text[NextDayPrefix.Length..]);
        return result.Success
            ? Accept(new NextDayAt(result.Value), out spec)
            : "the time after nextday@ must be HH:mm, e.g. nextday@08:00";
    }

    private static string? ParseNextWeekStart(string text, out DeadlineSpec? spec)
    {
        spec = null;
        var result = CalendarText.HourMinute.Parse(text[NextWeekStartPrefix.Length..]);
        return result.Success
            ? Accept(new NextWeekStart(result.Value), out spec)
            : "the time after monday@ must be HH:mm, e.g. monday@09:00";
    }
}
