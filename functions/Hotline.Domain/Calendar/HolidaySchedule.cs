namespace Hotline.Domain.Calendar;

/// <summary>
/// One year's days off and make-up working days (调休), with the notice they come from.
/// </summary>
/// <remarks>
/// Built only through <see cref="Create"/>, <see cref="FromJson"/> or <see cref="China2026"/>, so every
/// instance is valid. Dates may spill a month into the neighbouring years because a New Year holiday
/// published for year N can start on 30 December of N-1.
/// </remarks>
public sealed partial class HolidaySchedule
{
    /// <summary>Longer runs are almost certainly typos (the longest Chinese statutory break is 9 days).</summary>
    public const int MaxHolidayLength = 31;

    private HolidaySchedule(int year, string source, IReadOnlyList<Holiday> holidays, IReadOnlyList<MakeUpWorkday> makeUpWorkdays)
    {
        Year = year;
        Source = source;
        Holidays = holidays;
        MakeUpWorkdays = makeUpWorkdays;
    }

    public int Year { get; }

    /// <summary>Where the dates come from, e.g. the State Council notice number.</summary>
    public string Source { get; }

    public IReadOnlyList<Holiday> Holidays { get; }

    public IReadOnlyList<MakeUpWorkday> MakeUpWorkdays { get; }

    /// <summary>Validates and builds a schedule; field names in errors follow the JSON form.</summary>
    /// <exception cref="CalendarDefinitionException">The data is inconsistent.</exception>
    public static HolidaySchedule Create(
        int year, string source, IEnumerable<Holiday> holidays, IEnumerable<MakeUpWorkday> makeUpWorkdays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeUpWorkdays);
        if (year is < 1900 or > 2999)
        {
            throw new CalendarDefinitionException("year", $"{year} is not a plausible year.");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            throw new CalendarDefinitionException("source", "the notice or authority the dates come from is required.");
        }

        var holidayList = holidays.ToList();
        var makeUpList = makeUpWorkdays.ToList();
        var window = (First: new DateOnly(year - 1, 12, 1), Last: new DateOnly(year + 1, 1, 31));
        var daysOff = new Dictionary<DateOnly, int>();
        for (var i = 0; i < holidayList.Count; i++)
        {
            ValidateHoliday(holidayList[i], $"holidays[{i}]", window, daysOff, i);
        }

        var workdays = new HashSet<DateOnly>();
        for (var i = 0; i < makeUpList.Count; i++)
        {
            var field = $"makeUpWorkdays[{i}]";
            var day = makeUpList[i] ?? throw new CalendarDefinitionException(field, "must not be null.");
            RequireName(day.Name, field);
            RequireInWindow(day.Date, $"{field}.date", window);
            if (daysOff.TryGetValue(day.Date, out var holiday))
            {
                throw new CalendarDefinitionException(
                    $"{field}.date", $"{day.Date:yyyy-MM-dd} is also a day off in holidays[{holiday}].");
            }

            if (!workdays.Add(day.Date))
            {
                throw new CalendarDefinitionException($"{field}.date", $"{day.Date:yyyy-MM-dd} is listed twice.");
            }
        }

        return new HolidaySchedule(year, source.Trim(), holidayList.AsReadOnly(), makeUpList.AsReadOnly());
    }

    private static void ValidateHoliday(
        Holiday? holiday, string field, (DateOnly First, DateOnly Last) window, Dictionary<DateOnly, int> daysOff, int index)
    {
        if (holiday is null)
        {
            throw new CalendarDefinitionException(field, "must not be null.");
        }

        RequireName(holiday.Name, field);
        RequireInWindow(holiday.First, $"{field}.first", window);
        RequireInWindow(holiday.Last, $"{field}.last", window);
        if (holiday.Last < holiday.First)
        {
            throw new CalendarDefinitionException(
                $"{field}.last", $"{holiday.Last:yyyy-MM-dd} is before first day {holiday.First:yyyy-MM-dd}.");
        }

        if (holiday.Length > MaxHolidayLength)
        {
            throw new CalendarDefinitionException(
                $"{field}.last", $"a run of {holiday.Length} days is longer than {MaxHolidayLength}; check the dates.");
        }

        foreach (var date in holiday.Dates())
        {
            if (!daysOff.TryAdd(date, index))
            {
                throw new CalendarDefinitionException(
                    field, $"{date:yyyy-MM-dd} is already a day off in holidays[{daysOff[date]}].");
            }
        }
    }

    private static void RequireName(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CalendarDefinitionException($"{field}.name", "a name is required (e.g. \"春节\").");
        }
    }

    private static void RequireInWindow(DateOnly date, string field, (DateOnly First, DateOnly Last) window)
    {
        if (date < window.First || date > window.Last)
        {
            throw new CalendarDefinitionException(
                field, $"{date:yyyy-MM-dd} is outside {window.First:yyyy-MM-dd}..{window.Last:yyyy-MM-dd} for this year.");
        }
    }
}
