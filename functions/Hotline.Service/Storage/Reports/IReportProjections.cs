using Hotline.Domain.Cases;
using Hotline.Domain.Reports;

namespace Hotline.Service.Storage.Reports;

/// <summary>
/// The report projection (issue 11 item 6): one row per case, keyed for the reports, written by the case store with
/// each commit (see <see cref="ReportProjection"/>), so a report reads the rows of its period instead of scanning every
/// case and reading ledgers one case at a time. Each answer holds one <see cref="ReportCase"/> per case, its ledger the
/// projection's digest (<see cref="ReportProjection.Lines"/>).
/// </summary>
public interface IReportProjections
{
    /// <summary>Every case of the profile received in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), call records included.</summary>
    Task<IReadOnlyList<ReportCase>> ReceivedAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);

    /// <summary>
    /// The cases received in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) as the monthly builders read them
    /// (<see cref="LeanReportCase"/>: the monthly report's 20,000 rows read in under 2 s). Hand the answer to the monthly
    /// builders only. A store without lean rows answers with the whole cases (<see cref="ReceivedAsync"/>).
    /// </summary>
    Task<IReadOnlyList<ReportCase>> ReceivedForMonthlyAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        ReceivedAsync(profileId, fromUtc, toUtc, cancellationToken);

    /// <summary>
    /// The opened cases (no call records) of the profile received before <paramref name="toUtc"/> and not closed
    /// before <paramref name="fromUtc"/>: open now, or closed at or after it. A superset of those open at any instant
    /// from <paramref name="fromUtc"/> on, and of those closed since; the builders pick their own.
    /// </summary>
    Task<IReadOnlyList<ReportCase>> ActiveAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the projection of a commit that landed: <paramref name="state"/> and the commit's new
    /// <paramref name="ledger"/> lines. Idempotent, and guarded by the case version: a projection of a newer version is
    /// left as it is. The case store calls it from its commit; a repair may call it again.
    /// </summary>
    Task ProjectAsync(CaseState state, IReadOnlyList<LedgerEntry> ledger, CancellationToken cancellationToken);

    /// <summary>Rewrites the case's projection from the case itself (state and whole ledger); nothing when the case does not exist.</summary>
    Task RebuildAsync(CaseId id, CancellationToken cancellationToken);
}
