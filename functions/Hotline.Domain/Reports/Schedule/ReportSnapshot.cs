using System.Globalization;

namespace Hotline.Domain.Reports.Schedule;

/// <summary>The period reports produced on schedule (R-RP-4, R-RP-6, R-RP-1): one per closed day, week and month.</summary>
public enum SnapshotKind
{
    /// <summary>热线日报 (R-RP-6): the day's open cases as the day closed.</summary>
    Daily,
    /// <summary>周报 (R-RP-4): the ISO week, Monday to Sunday.</summary>
    Weekly,
    /// <summary>月汇总 (R-RP-1 summary, R-RP-4/5 statistics): the calendar month.</summary>
    Monthly,
}

/// <summary>
/// A period report as the schedule stored it once its period had closed: the figures (JSON, written by the service) do not
/// change afterwards, whatever happens to the cases, so last month's report reads the same next year.
/// </summary>
/// <param name="Id">"{profile}.{kind}.{period}": one per profile, kind and period (<see cref="IdFor"/>).</param>
/// <param name="AsOfUtc">The period's end: the instant the figures describe.</param>
/// <param name="GeneratedUtc">When the schedule built them (after the period's end).</param>
public sealed record ReportSnapshot(
    string Id, string ProfileId, SnapshotKind Kind, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset AsOfUtc, DateTimeOffset GeneratedUtc, string Figures)
{
    /// <summary>Daily and weekly: the first day ("2026-11-16"); monthly: "2026-11".</summary>
    public static string PeriodKey(SnapshotKind kind, DateOnly firstDay) =>
        firstDay.ToString(kind == SnapshotKind.Monthly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IdFor(string profileId, SnapshotKind kind, DateOnly firstDay) =>
        $"{profileId}.{KindName(kind)}.{PeriodKey(kind, firstDay)}";

    public static string KindName(SnapshotKind kind) => kind.ToString().ToLowerInvariant();

    public string Period => PeriodKey(Kind, FirstDay);
}
