using Hotline.Domain.Cases;

namespace Hotline.Service.Storage;

/// <summary>
/// Where cases live. <see cref="CommitAsync"/> is the one write: state, ledger lines and outbox messages of one
/// case, atomically and only if the state is still the one the decision was made on (optimistic concurrency).
/// The Durable engine keeps each case's time and sends its messages; <see cref="DueAsync"/> reads the projection
/// so a sweep can find cases whose deadline passed without their orchestration acting on it.
/// </summary>
public interface ICaseStore
{
    Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken);

    /// <exception cref="ConcurrencyException">The case changed (or already exists) since it was read.</exception>
    Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Cases matching the query newest first (case id descending: the day's sequence is the order of receipt), across
    /// pages, a page at a time; a page may hold fewer than PageSize items, even none, so follow ContinuationToken until it is null.
    /// </summary>
    /// <exception cref="FormatException">The continuation token is not one this store issued.</exception>
    Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>The next number of the day (1, 2, …), unique across all writers.</summary>
    Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken);

    /// <summary>Remembers which case an intake's Idempotency-Key created; returns the case already claimed when there is one.</summary>
    Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken);

    /// <summary>Open cases whose next deadline (NextWakeUtc) is at or before <paramref name="dueBy"/>, at most <paramref name="max"/>, in no particular order; read from the projection rows.</summary>
    Task<IReadOnlyList<CaseState>> DueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken);

    /// <summary>Saves a message's delivery progress if its ETag still matches; returns it with its new ETag, or null when someone else updated it first.</summary>
    Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken);
}

public sealed record StoredCase(CaseState State, string ETag);

/// <param name="ExpectedETag">Null to create the case (fails if it exists).</param>
/// <param name="Before">The stored state this commit replaces (null for a new case): a store may skip index rows whose
/// columns the commit leaves as they were.</param>
public sealed record CaseCommit(
    CaseState State, string? ExpectedETag, IReadOnlyList<LedgerEntry> Ledger, IReadOnlyList<OutboxMessage> Outbox, CaseState? Before = null);

public sealed record CaseQuery(
    CaseStatus? Status = null,
    string? Assignee = null,
    bool? Overdue = null,
    DateTimeOffset? FromUtc = null,
    DateTimeOffset? ToUtc = null,
    DateTimeOffset? AsOfUtc = null,
    int PageSize = 50,
    string? ContinuationToken = null);

public sealed record CasePage(IReadOnlyList<CaseState> Items, string? ContinuationToken);

public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException(string message)
        : base(message)
    {
    }

    public ConcurrencyException()
        : this("The case changed since it was read.")
    {
    }

    public ConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Storage could not be reached or answered with a server error; the HTTP layer answers 503.</summary>
public sealed class StorageUnavailableException(string message, Exception? innerException) : Exception(message, innerException)
{
    public StorageUnavailableException()
        : this("Storage is unavailable.", null)
    {
    }

    public StorageUnavailableException(string message)
        : this(message, null)
    {
    }
}
