using Hotline.Domain.Cases;
using Hotline.Service.Storage;
using Microsoft.Extensions.Logging;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The manual clock's other half (local host, tests and demos): after business time moved, every open case whose next
/// deadline has come is sent a <see cref="CaseSignal.Tick"/> with the new time, and the caller is answered when what fell
/// due has run — the cases committed and their messages went out — or after <see cref="Patience"/>.
/// </summary>
public sealed partial class ManualClockDriver(ICaseStore store, ICaseOrchestrations orchestrations, ILogger<ManualClockDriver> logger)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>How long to wait for the orchestrations to act on the ticks before answering anyway.</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Ticks the due cases; returns how many cases were ticked and how many of their messages went out meanwhile.</summary>
    public async Task<(int Cases, int Messages)> AdvanceToAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ticked = new Dictionary<CaseId, int>(); // the case's messages already carried out when it was ticked
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            var due = (await store.DueAsync(now, 1_000, cancellationToken)).Where(s => !ticked.ContainsKey(s.Id)).ToList();
            foreach (var state in due)
            {
                if (await store.GetAsync(state.Id, cancellationToken) is { } stored)
                {
                    ticked[state.Id] = await CarriedOutAsync(state.Id, cancellationToken);
                    await orchestrations.EnsureRunningAsync(stored, cancellationToken);
                    await orchestrations.SignalAsync(state.Id, new CaseSignal.Tick(now), cancellationToken);
                }
            }

            if (due.Count == 0 && await SettledAsync(ticked.Keys, now, cancellationToken))
            {
                break;
            }

            await Task.Delay(Poll, TimeProvider.System, cancellationToken);
        }

        if (waited.Elapsed >= Patience)
        {
            LogImpatient(logger, ticked.Count, Patience);
        }

        var sent = 0;
        foreach (var (id, before) in ticked)
        {
            sent += await CarriedOutAsync(id, cancellationToken) - before;
        }

        return (ticked.Count, sent);
    }

    private async Task<int> CarriedOutAsync(CaseId id, CancellationToken cancellationToken) =>
        (await store.OutboxAsync(id, cancellationToken)).Count(m => m.Status != OutboxStatus.Pending);

    /// <summary>Every ticked case has moved past <paramref name="now"/> (or ended) and has nothing left to send.</summary>
    private async Task<bool> SettledAsync(IEnumerable<CaseId> ticked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var id in ticked)
        {
            var stored = await store.GetAsync(id, cancellationToken);
            if (stored is not null && !stored.State.IsTerminal && stored.State.NextWakeUtc <= now)
            {
                return false;
            }

            if ((await store.OutboxAsync(id, cancellationToken)).Any(m => m.Status == OutboxStatus.Pending))
            {
                return false;
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Manual clock: {Cases} ticked cases had not settled after {Patience}; answering anyway")]
    private static partial void LogImpatient(ILogger logger, int cases, TimeSpan patience);
}
