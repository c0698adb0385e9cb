using Hotline.Domain.Cases;
using Hotline.Domain.Reports;

namespace Hotline.Service.Storage.Reports;

/// <summary>
/// The reports' reads for a case store that keeps no projection (a test's wrapper around a store): the scan the
/// reports did before the projection — every case received before the bound, filtered here, and each one's whole
/// ledger read. Same answers as a projection, at a cost that grows with every case ever received; the benchmark
/// runs it as the baseline.
/// </summary>
public sealed class ScannedReportProjections(ICaseStore store) : IReportProjections
{
    private const int PageSize = 200;

    public Task<IReadOnlyList<ReportCase>> ReceivedAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        ScanAsync(new CaseQuery(FromUtc: fromUtc == DateTimeOffset.MinValue ? null : fromUtc, ToUtc: toUtc), s => s.ProfileId == profileId, cancellationToken);

    public Task<IReadOnlyList<ReportCase>> ActiveAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        ScanAsync(
            new CaseQuery(ToUtc: toUtc),
            s => s.ProfileId == profileId && s.Status is not (CaseStatus.Answered or CaseStatus.Redirected) && (s.Closure is null || s.Closure.AtUtc >= fromUtc),
            cancellationToken);

    /// <summary>Nothing to write: every read goes to the cases themselves.</summary>
    public Task ProjectAsync(CaseState state, IReadOnlyList<LedgerEntry> ledger, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Nothing to rebuild: every read goes to the cases themselves.</summary>
    public Task RebuildAsync(CaseId id, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IReadOnlyList<ReportCase>> ScanAsync(CaseQuery query, Func<CaseState, bool> wanted, CancellationToken cancellationToken)
    {
        var cases = new List<ReportCase>();
        string? token = null;
        do
        {
            var page = await store.ListAsync(query with { PageSize = PageSize, ContinuationToken = token }, cancellationToken);
            foreach (var state in page.Items.Where(wanted))
            {
                cases.Add(new ReportCase(state, await store.GetLedgerAsync(state.Id, cancellationToken)));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return cases;
    }
}
