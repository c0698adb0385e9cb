using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Domain.Reports;

namespace Hotline.Service.Storage.Reports;

/// <summary>
/// One case as the reports read it: the snapshot (without <see cref="CaseState.Details"/>, the free text no report
/// prints and the one field that can be large) and a digest of its ledger — the few lines the builders read:
/// the first <see cref="LedgerKind.Opened"/> line (when the case was opened, R-RP-2), every accountability line
/// (R-RP-7), and the last line (the daily and weekly reports' progress column).
/// </summary>
/// <param name="Covered">The ledger sequences 1…Covered are digested; a commit whose lines do not follow on means a
/// commit's projection write was lost, and the digest is rebuilt from the whole ledger.</param>
public sealed record ReportProjection(CaseState State, IReadOnlyList<LedgerEntry> Lines, int Covered)
{
    /// <summary>The digest of a whole ledger (a rebuild).</summary>
    public static ReportProjection Of(CaseState state, IEnumerable<LedgerEntry> ledger)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ledger);
        var lines = Digest(ledger);
        return new ReportProjection(Slim(state), lines, lines.Count == 0 ? 0 : lines.Max(e => e.Sequence));
    }

    /// <summary>
    /// The projection after a commit of <paramref name="state"/> with its new <paramref name="ledger"/> lines, from the
    /// one before; null when the lines do not follow on from <paramref name="previous"/> (read the whole ledger then).
    /// Applying the same commit twice gives the same projection.
    /// </summary>
    public static ReportProjection? After(ReportProjection? previous, CaseState state, IReadOnlyList<LedgerEntry> ledger)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ledger);
        var covered = previous?.Covered ?? 0;
        var first = ledger.Count == 0 ? covered + 1 : ledger.Min(e => e.Sequence);
        if (first > covered + 1 || (ledger.Count == 0 && state.LedgerCount > covered))
        {
            return null;
        }

        var lines = Digest((previous?.Lines ?? []).Concat(ledger));
        return new ReportProjection(Slim(state), lines, Math.Max(covered, ledger.Count == 0 ? 0 : ledger.Max(e => e.Sequence)));
    }

    public ReportCase ToReportCase() => new(State, Lines);

    /// <summary>Opened and not answered on the spot nor redirected: the cases the open and closed indexes hold.</summary>
    public bool IsOpened => State.Status is not (CaseStatus.Answered or CaseStatus.Redirected);

    /// <summary>The UTC month of receipt as the partition names it, e.g. "2026-03".</summary>
    public static string Month(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<LedgerEntry> Digest(IEnumerable<LedgerEntry> ledger)
    {
        var all = ledger.GroupBy(e => e.Sequence).Select(g => g.First()).OrderBy(e => e.Sequence).ToList();
        var opened = all.Where(e => e.Kind == LedgerKind.Opened).MinBy(e => e.AtUtc);
        var last = all.LastOrDefault();
        return [.. all.Where(e => e == opened || e == last || e.Accountable is not null)];
    }

    private static CaseState Slim(CaseState state) => state.Details is null ? state : state with { Details = null };
}
