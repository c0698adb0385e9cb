using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Orchestration;

public sealed record CaseReconcilerOptions
{
    /// <summary>How late a wake-up may be before the reconciler steps in; Durable timers can run late under backlog.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromMinutes(2);

    public int Batch { get; init; } = 100;
}

/// <summary>
/// The safety net of the Durable engine, run by a timer: a case whose next deadline (the projection's NextWakeUtc) is
/// still due well after its time means its orchestration missed it. The case's orchestration is then started from the
/// stored projection when it is not active (it failed, was terminated, or was never started), or handed the current
/// projection when it is (it may be waiting on an older deadline). A case it repairs also has its report projection and
/// index rows rewritten from the case (they are written after the case commit and may have been left behind with it).
/// Closed cases are never due, so a closing commit whose index write was lost would leave an open-case row behind for
/// good: each run therefore also has the store check a slice of its open-case rows against their cases
/// (<see cref="ICaseIndexRepair.SweepOpenAsync"/>), rewriting rows that lag and turning those of closed cases into tombstones.
/// </summary>
public sealed partial class CaseReconciler(ICaseStore store, TimeProvider clock, ILogger<CaseReconciler> logger, CaseReconcilerOptions? options = null)
{
    private readonly CaseReconcilerOptions _options = options ?? new CaseReconcilerOptions();

    /// <summary>Returns how many cases were started or refreshed, plus the open-case rows the sweep rewrote.</summary>
    public async Task<int> RunAsync(ICaseOrchestrations orchestrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orchestrations);
        var late = clock.GetUtcNow() - _options.Grace;
        var repaired = 0;
        foreach (var state in await store.DueAsync(late, _options.Batch, cancellationToken))
        {
            if (await store.GetAsync(state.Id, cancellationToken) is not { } stored || stored.State.IsTerminal || stored.State.NextWakeUtc > late)
            {
                continue; // moved on since the query
            }

            if (await orchestrations.EnsureRunningAsync(stored, cancellationToken))
            {
                LogStarted(logger, state.Id.Value);
            }
            else
            {
                await orchestrations.SignalAsync(stored.State.Id, new CaseSignal.Refresh(CaseSnapshot.Of(stored)), cancellationToken);
                LogRefreshed(logger, state.Id.Value, stored.State.NextWakeUtc);
            }

            if (store is IReportProjections reports)
            {
                await reports.RebuildAsync(stored.State.Id, cancellationToken);
            }

            repaired++;
        }

        if (store is ICaseIndexRepair index)
        {
            repaired += await index.SweepOpenAsync(_options.Batch, cancellationToken);
        }

        return repaired;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} had no active orchestration; started one from the stored projection")]
    private static partial void LogStarted(ILogger logger, string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: deadline {DueUtc} not taken; sent the orchestration the current projection")]
    private static partial void LogRefreshed(ILogger logger, string caseId, DateTimeOffset? dueUtc);
}
