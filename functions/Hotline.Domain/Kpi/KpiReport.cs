namespace Hotline.Domain.Kpi;

/// <summary>The four KPIs of R-RP-2 plus the volume statistics, for one set of facts at one instant.</summary>
/// <param name="FeedbackTimeliness">First responses given by their due time / responses owed by now (R-FU-11).</param>
/// <param name="RevisitRate">Revisited / needing a revisit (R-RV-5).</param>
/// <param name="Satisfaction">(A 满意 + B 一般满意) / returned ratings (R-RP-3).</param>
/// <param name="ClosureRate">Closed as resolved / opened cases. A forced closure (R-CL-7) closes a case it did not resolve, so
/// it is counted apart, in <paramref name="ForceClosed"/> (R-RP-2).</param>
/// <param name="ForceClosed">Opened cases closed unresolved with the manager's approval.</param>
public sealed record KpiReport(
    DateTimeOffset AsOfUtc,
    VolumeCounts Volume,
    KpiValue FeedbackTimeliness,
    KpiValue RevisitRate,
    KpiValue Satisfaction,
    KpiValue ClosureRate,
    int ForceClosed = 0);

/// <summary>
/// How much came in. Call records are part of every count here (R-IN-3): they are work the hotline did.
/// </summary>
/// <param name="TotalReceived">Call records + opened cases.</param>
/// <param name="ByCategory">Everything received per category, ordered by category (ordinal).</param>
public sealed record VolumeCounts(
    int TotalReceived,
    int CallRecords,
    int Opened,
    IReadOnlyList<CategoryCount> ByCategory);

public sealed record CategoryCount(string Category, int Count);

/// <summary>One row of a breakdown; <see cref="Key"/> is null for facts without a value for the key.</summary>
public sealed record KpiBreakdownRow(string? Key, KpiReport Report);
