using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Tests.Running;

/// <summary>The process died here (thrown by <see cref="CrashingStore"/>).</summary>
public sealed class SimulatedCrashException(string where) : Exception($"simulated crash {where}")
{
    public SimulatedCrashException()
        : this("somewhere")
    {
    }

    public SimulatedCrashException(string message, Exception inner)
        : this(message) => _ = inner;
}

/// <summary>
/// Wraps a store and kills "the process" at the N-th storage operation, either before the operation reaches storage
/// or after it was applied but before the caller learns of it — the two ways a crash can cut a step in half.
/// </summary>
public sealed class CrashingStore(ICaseStore inner, int crashAt, bool afterApplying) : ICaseStore
{
    private int _operations;

    public bool Crashed { get; private set; }

    private async Task<T> Step<T>(string name, Func<Task<T>> operation)
    {
        var n = Interlocked.Increment(ref _operations);
        if (n == crashAt && !afterApplying)
        {
            Crashed = true;
            throw new SimulatedCrashException("before " + name);
        }

        var result = await operation();
        if (n == crashAt)
        {
            Crashed = true;
            throw new SimulatedCrashException("after " + name);
        }

        return result;
    }

    private Task Step(string name, Func<Task> operation) => Step(name, async () =>
    {
        await operation();
        return 0;
    });

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken) => inner.GetLedgerAsync(id, cancellationToken);

    public Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken) => Step("commit", () => inner.CommitAsync(commit, cancellationToken));

    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken) => inner.NextSequenceAsync(localDay, cancellationToken);

    public Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken) => inner.ClaimIdempotencyKeyAsync(key, candidate, cancellationToken);

    public Task<IReadOnlyList<CaseState>> DueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken) => inner.DueAsync(dueBy, max, cancellationToken);

    public Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken) => Step("update outbox", () => inner.UpdateOutboxAsync(message, cancellationToken));

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken) => inner.OutboxAsync(id, cancellationToken);
}
