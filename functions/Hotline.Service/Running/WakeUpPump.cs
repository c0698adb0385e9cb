using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Running;

/// <summary>
/// Fires due wake-ups: each becomes a <see cref="ClockTick"/> on its case. A wake-up is removed only after the
/// tick committed, so a crash in between fires it again later, which the machine treats as a harmless re-check.
/// </summary>
public sealed class WakeUpPump(ICaseStore store, CaseRunner runner, TimeProvider clock)
{
    private const int Batch = 100;

    /// <summary>How many cases are ticked at once.</summary>
    public const int Concurrency = 8;

    /// <summary>Fires everything due now; returns how many wake-ups fired.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        for (var round = 0; round < 10_000; round++)
        {
            var now = clock.GetUtcNow();
            var due = await store.DueWakeUpsAsync(now, Batch, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            // Wake-ups of different cases are independent (each commit is guarded by its case's ETag), so a backlog is
            // worked off several cases at a time; stale duplicates of one case only cost a harmless re-check.
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken }, async (wakeUp, ct) =>
            {
                await runner.ApplyAsync(wakeUp.CaseId, _ => new ClockTick(now), ct);
                await store.CompleteWakeUpAsync(wakeUp, ct);
                Interlocked.Increment(ref fired);
            });
        }

        return fired;
    }
}
