using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>
/// 热线日报 (R-RP-6, R-FU-4): every case open at the end of a local day (or now, while the day runs), with its
/// progress. Nothing about the caller appears: the ledger line is scrubbed and the case summary is left out (R-PV-1).
/// </summary>
/// <remarks>
/// Status and assignee are the case's current ones; the last ledger line and the overdue flag are as of
/// <see cref="AsOfUtc"/>. For today's report, the one the seed asks for, the two coincide.
/// </remarks>
public sealed record DailyProgressReport(
    string ProfileId,
    DateOnly Date,
    DateTimeOffset AsOfUtc,
    IReadOnlyList<OpenCaseLine> Cases)
{
    public int Overdue => Cases.Count(c => c.Overdue);

    public static DailyProgressReport Build(Profile profile, DateOnly date, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cases);
        var day = ReportPeriod.Day(profile.Calendar, date);
        var asOf = day.AsOf(nowUtc);
        var lines = cases
            .Where(c => c.State.ProfileId == profile.Id && c.State.ReceivedUtc < day.EndUtc && ReportRules.IsOpenAt(c.State, asOf))
            .OrderBy(c => c.State.ReceivedUtc)
            .ThenBy(c => c.State.Id.Value, StringComparer.Ordinal)
            .Select(c => OpenCaseLine.Of(c, asOf))
            .ToList();
        return new DailyProgressReport(profile.Id, date, asOf, lines);
    }
}

/// <param name="Age">From receipt to the report's as-of instant.</param>
/// <param name="Last">The latest ledger line at or before the as-of instant; null when the ledger was not loaded.</param>
public sealed record OpenCaseLine(
    string CaseId,
    string Category,
    CaseStatus Status,
    Urgency Urgency,
    string FirstOwner,
    string? Assignee,
    DateTimeOffset ReceivedUtc,
    TimeSpan Age,
    DateTimeOffset? HandlingDueUtc,
    bool Overdue,
    ReportLedgerLine? Last)
{
    public static OpenCaseLine Of(ReportCase c, DateTimeOffset asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.State;
        var last = c.Ledger?.Where(e => e.AtUtc <= asOfUtc).OrderBy(e => e.Sequence).LastOrDefault();
        return new OpenCaseLine(
            s.Id.Value, s.Category, s.Status, s.Urgency, s.FirstOwner.Value, s.Assignee?.Value, s.ReceivedUtc, asOfUtc - s.ReceivedUtc,
            s.HandlingDueUtc, ReportRules.IsOverdueAt(s, asOfUtc),
            last is null ? null : new ReportLedgerLine(last.AtUtc, last.Kind, last.By?.Value, ReportRules.Scrub(last.Text, s), last.Rule));
    }
}

public sealed record ReportLedgerLine(DateTimeOffset AtUtc, LedgerKind Kind, string? By, string Text, string? Rule);
