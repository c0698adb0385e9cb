using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Service.Storage.Reports;

namespace Hotline.Service.Storage;

/// <summary>The report projection in memory: written inside the commit's lock, so it is never behind its case.</summary>
public sealed partial class InMemoryCaseStore : IReportProjections
{
    private readonly Dictionary<CaseId, ReportProjection> _reports = [];

    public Task<IReadOnlyList<ReportCase>> ReceivedAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        Select(p => p.State.ProfileId == profileId && p.State.ReceivedUtc >= fromUtc && p.State.ReceivedUtc < toUtc);

    /// <summary>Through the lean case, as the Table store answers, so the in-memory tests prove the lean path too (the JSON round trip is LeanReportCaseTests').</summary>
    public Task<IReadOnlyList<ReportCase>> ReceivedForMonthlyAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReportCase>>(
            [
                .. _reports.Values
                    .Where(p => p.State.ProfileId == profileId && p.State.ReceivedUtc >= fromUtc && p.State.ReceivedUtc < toUtc)
                    .Select(p => LeanReportCase.Of(p.State, p.Lines).ToReportCase()),
            ]);
        }
    }

    public Task<IReadOnlyList<ReportCase>> ActiveAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        Select(p => p.State.ProfileId == profileId && p.IsOpened && p.State.ReceivedUtc < toUtc && (p.State.Closure is null || p.State.Closure.AtUtc >= fromUtc));

    public Task ProjectAsync(CaseState state, IReadOnlyList<LedgerEntry> ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ledger);
        lock (_gate)
        {
            if (_cases.TryGetValue(state.Id, out var entry))
            {
                Project(state, ledger, entry.Ledger);
            }
        }

        return Task.CompletedTask;
    }

    public Task RebuildAsync(CaseId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_cases.TryGetValue(id, out var entry))
            {
                _reports[id] = ReportProjection.Of(entry.State, entry.Ledger);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Called inside the lock with the case's whole ledger; a projection of a newer version stays.</summary>
    private void Project(CaseState state, IReadOnlyList<LedgerEntry> lines, List<LedgerEntry> ledger)
    {
        _reports.TryGetValue(state.Id, out var previous);
        if (previous is not null && previous.State.Version > state.Version)
        {
            return;
        }

        _reports[state.Id] = ReportProjection.After(previous, state, lines)
            ?? ReportProjection.Of(state, ledger.Where(e => e.Sequence <= state.LedgerCount));
    }

    private Task<IReadOnlyList<ReportCase>> Select(Func<ReportProjection, bool> wanted)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReportCase>>([.. _reports.Values.Where(wanted).Select(p => p.ToReportCase())]);
        }
    }
}
