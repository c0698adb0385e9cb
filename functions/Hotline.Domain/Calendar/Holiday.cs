namespace Hotline.Domain.Calendar;

/// <summary>A named run of days off, e.g. 春节 2026-02-15..2026-02-23 (both days inclusive).</summary>
public sealed record Holiday(string Name, DateOnly First, DateOnly Last)
{
    public int Length => Last.DayNumber - First.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= First && date <= Last;

    public IEnumerable<DateOnly> Dates()
    {
        for (var date = First; date <= Last; date = date.AddDays(1))
        {
            yield return date;
        }
    }
}
