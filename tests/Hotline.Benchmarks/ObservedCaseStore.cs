using System.Collections.Concurrent;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Benchmarks;

/// <summary>
/// Passes everything to the real store and observes two things: how many commits (one per applied trigger, the
/// least any store can do) were made, and, for each wake-up the pump completes, how late that was by the clock.
/// The pump completes a wake-up right after the tick it caused has committed, so that instant is the fire time.
/// </summary>
public sealed class ObservedCaseStore(ICaseStore inner, TimeProvider clock) : ICaseStore
{
    private readonly ConcurrentDictionary<CaseId, TimeSpan> _lateness = new();
    private long _commits;

    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Lateness of the first completed wake-up of each case.</summary>
    public IReadOnlyDictionary<CaseId, TimeSpan> Lateness => _lateness;

    public void ResetLateness() => _lateness.Clear();

    public async Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        var stored = await inner.CommitAsync(commit, cancellationToken);
        Interlocked.Increment(ref _commits);
        return stored;
    }

    public async Task CompleteWakeUpAsync(WakeUp wakeUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wakeUp);
        await inner.CompleteWakeUpAsync(wakeUp, cancellationToken);
        _lateness.TryAdd(wakeUp.CaseId, clock.GetUtcNow() - wakeUp.DueUtc);
    }

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken) => inner.GetLedgerAsync(id, cancellationToken);

    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken) => inner.NextSequenceAsync(localDay, cancellationToken);

    public Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken) =>
        inner.ClaimIdempotencyKeyAsync(key, candidate, cancellationToken);

    public Task<IReadOnlyList<WakeUp>> DueWakeUpsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        inner.DueWakeUpsAsync(now, max, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> PendingOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        inner.PendingOutboxAsync(now, max, cancellationToken);

    public Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.UpdateOutboxAsync(message, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken) => inner.OutboxAsync(id, cancellationToken);
}
