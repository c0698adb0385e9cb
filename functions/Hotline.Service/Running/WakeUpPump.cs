using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Running;

/// <summary>
/// Fires due deadlines: each open case whose next deadline has passed gets a <see cref="ClockTick"/>. A case is ticked
/// at most once per pass, so one whose tick did not move its deadline is not ticked again in a loop; a crash before the
/// tick committed leaves the deadline due, and the next pass fires it again.
/// </summary>
public sealed class WakeUpPump(ICaseStore store, CaseRunner runner, TimeProvider clock)
{
    private const int Batch = 100;

    /// <summary>How many cases are ticked at once.</summary>
    public const int Concurrency = 8;

    /// <summary>Fires everything due now; returns how many ticks changed a case (a tick that changes nothing is not work done).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ticked = new HashSet<CaseId>();
        var fired = 0;
        for (var round = 0; round < 10_000; round++)
        {
            var now = clock.GetUtcNow();
            var due = (await store.DueAsync(now, Batch + ticked.Count, cancellationToken)).Where(s => !ticked.Contains(s.Id)).Take(Batch).ToList();
            if (due.Count == 0)
            {
                break;
            }

            ticked.UnionWith(due.Select(s => s.Id));

            // Cases are independent (each commit is guarded by its case's ETag), so a backlog is worked off several
            // cases at a time.
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (state, ct) =>
            {
                if (await runner.ApplyAsync(state.Id, _ => new ClockTick(now), ct) is RunResult.Applied applied && applied.State.Version != state.Version)
                {
                    Interlocked.Increment(ref fired);
                }
            });
        }

        return fired;
    }
}
