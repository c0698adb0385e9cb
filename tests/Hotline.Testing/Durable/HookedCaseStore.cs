using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Testing.Durable;

/// <summary>
/// The real in-memory store with a hook before each commit, where a test injects what production meets: an outage
/// (throw <see cref="StorageUnavailableException"/>) or a slow write (await a gate).
/// </summary>
public sealed class HookedCaseStore(ICaseStore inner) : ICaseStore, ICaseIndex
{
    private int _commits;

    /// <summary>Runs before every commit with the commit's number (1, 2, …).</summary>
    public Func<int, CaseCommit, Task>? BeforeCommit { get; set; }

    public int Commits => Volatile.Read(ref _commits);

    public async Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _commits);
        if (BeforeCommit is { } hook)
        {
            await hook(number, commit);
        }

        return await inner.CommitAsync(commit, cancellationToken);
    }

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken) => inner.GetLedgerAsync(id, cancellationToken);

    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    public Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken) => inner.NextSequenceAsync(localDay, cancellationToken);

    public Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken) =>
        inner.ClaimIdempotencyKeyAsync(key, candidate, cancellationToken);

    public Task<IReadOnlyList<CaseState>> DueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken) => inner.DueAsync(dueBy, max, cancellationToken);

    public Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.UpdateOutboxAsync(message, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken) => inner.OutboxAsync(id, cancellationToken);

    // The index reads go straight to the inner store (they are not commits).
    private ICaseIndex Index => (ICaseIndex)inner;

    public Task<CaseIdPage> ByPhoneAsync(Hotline.Domain.Callers.PhoneNumber phone, int max, string? continuationToken, CancellationToken cancellationToken) =>
        Index.ByPhoneAsync(phone, max, continuationToken, cancellationToken);

    public Task<CaseIdPage> ByLastDigitsAsync(string digits, int max, string? continuationToken, CancellationToken cancellationToken) =>
        Index.ByLastDigitsAsync(digits, max, continuationToken, cancellationToken);

    public Task<CaseIdPage> ByTextAsync(
        Hotline.Domain.Search.SearchTerm.ForText term, DateTimeOffset sinceUtc, DateTimeOffset untilUtc, int max, string? continuationToken, CancellationToken cancellationToken) =>
        Index.ByTextAsync(term, sinceUtc, untilUtc, max, continuationToken, cancellationToken);

    public Task<IReadOnlyList<OpenCase>> OpenAsync(CancellationToken cancellationToken) => Index.OpenAsync(cancellationToken);
}
