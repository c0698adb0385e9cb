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

            foreach (var wakeUp in due)
            {
                await runner.ApplyAsync(wakeUp.CaseId, _ => new ClockTick(now), cancellationToken);
                await store.CompleteWakeUpAsync(wakeUp, cancellationToken);
                fired++;
            }
        }

        return fired;
    }
}
