using System.Collections.Concurrent;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Benchmarks;

/// <summary>
/// Passes everything to the real store and observes two things: how many commits (one per applied trigger, the
/// least any store can do) were made, and, for each case the pump finds due, how late its deadline was by the clock.
/// The pump ticks a case right after reading it due, so that instant stands for the fire time.
/// </summary>
public sealed class ObservedCaseStore(ICaseStore inner, TimeProvider clock) : ICaseStore
{
    private readonly ConcurrentDictionary<CaseId, TimeSpan> _lateness = new();
    private long _commits;

    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Lateness of the first due deadline found for each case.</summary>
    public IReadOnlyDictionary<CaseId, TimeSpan> Lateness => _lateness;

    public void ResetLateness() => _lateness.Clear();

    public async Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        var stored = await inner.CommitAsync(commit, cancellationToken);
        Interlocked.Increment(ref _commits);
        return stored;
    }

    public async Task<IReadOnlyList<CaseState>> DueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken)
    {
        var due = await inner.DueAsync(dueBy, max, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var state in due)
        {
            _lateness.TryAdd(state.Id, now - state.NextWakeUtc!.Value);
        }

        return due;
    }

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken) => inner.GetLedgerAsync(id, cancellationToken);

    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken) => inner.NextSequenceAsync(localDay, cancellationToken);

    public Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken) =>
        inner.ClaimIdempotencyKeyAsync(key, candidate, cancellationToken);

    public Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.UpdateOutboxAsync(message, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken) => inner.OutboxAsync(id, cancellationToken);
}
