using System.Globalization;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Service.Storage;

/// <summary>
/// The case store in memory, for tests, demos and the 100,000-case benchmark. Same contract as the Table store
/// (the shared contract tests run against both): atomic commits with ETags, due cases, the per-case outbox.
/// </summary>
public sealed partial class InMemoryCaseStore : ICaseStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<CaseId, Entry> _cases = [];
    private readonly Dictionary<DateOnly, int> _sequences = [];
    private readonly Dictionary<string, CaseId> _idempotency = new(StringComparer.Ordinal);
    private readonly Func<string, Profile?> _profiles;
    private long _tag;

    /// <param name="profiles">The loaded profiles (the open-case rows record what awaits whom); the built-in ones by default.</param>
    public InMemoryCaseStore(Func<string, Profile?>? profiles = null) =>
        _profiles = profiles ?? (id => ProfileCatalog.BuiltIn.GetValueOrDefault(id));

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_cases.TryGetValue(id, out var e) ? new StoredCase(e.State, e.ETag) : null);
        }
    }

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<LedgerEntry>>(_cases.TryGetValue(id, out var e) ? [.. e.Ledger] : []);
        }
    }

    public Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            var id = commit.State.Id;
            _cases.TryGetValue(id, out var existing);
            if (existing is not null && existing.State.Version == commit.State.Version && SameState(existing.State, commit.State))
            {
                // The same commit again (a retry whose first attempt landed): done already, as the Table store answers it.
                return Task.FromResult(new StoredCase(existing.State, existing.ETag));
            }

            if (commit.ExpectedETag is null ? existing is not null : existing?.ETag != commit.ExpectedETag)
            {
                throw new ConcurrencyException($"Case {id} changed since it was read.");
            }

            var entry = existing ?? new Entry();
            entry.State = commit.State;
            entry.ETag = NextTag();
            entry.Ledger.AddRange(commit.Ledger);
            foreach (var message in commit.Outbox)
            {
                entry.Outbox[message.Sequence] = message with { ETag = NextTag() };
            }

            _cases[id] = entry;
            Project(commit.State, commit.Ledger, entry.Ledger);
            return Task.FromResult(new StoredCase(entry.State, entry.ETag));
        }
    }

    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var skip = 0;
            if (query.ContinuationToken is { } token && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip < 0))
            {
                throw new FormatException($"'{token}' is not a continuation token of this list.");
            }

            var matches = _cases.Values.Select(e => e.State).Where(s => CaseQueries.Matches(s, query))
                .OrderBy(s => CaseIndexKeys.NewestFirst(s.Id), StringComparer.Ordinal).Skip(skip).Take(query.PageSize + 1).ToList();
            var more = matches.Count > query.PageSize;
            return Task.FromResult(new CasePage(
                [.. matches.Take(query.PageSize)], more ? (skip + query.PageSize).ToString(CultureInfo.InvariantCulture) : null));
        }
    }

    public Task<int> NextSequenceAsync(DateOnly localDay, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var next = _sequences.GetValueOrDefault(localDay) + 1;
            _sequences[localDay] = next;
            return Task.FromResult(next);
        }
    }

    public Task<CaseId> ClaimIdempotencyKeyAsync(string key, CaseId candidate, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_idempotency.TryAdd(key, candidate) ? candidate : _idempotency[key]);
        }
    }

    /// <remarks>A scan of every case: this store holds what a test or a demo makes, not a production backlog.</remarks>
    public Task<IReadOnlyList<CaseState>> DueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CaseState>>(
                [.. _cases.Values.Select(e => e.State).Where(s => !s.IsTerminal && s.NextWakeUtc <= dueBy).Take(max)]);
        }
    }

    public Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (!_cases.TryGetValue(message.CaseId, out var entry) || !entry.Outbox.TryGetValue(message.Sequence, out var current) || current.ETag != message.ETag)
            {
                return Task.FromResult<OutboxMessage?>(null);
            }

            var saved = message with { ETag = NextTag() };
            entry.Outbox[message.Sequence] = saved;
            return Task.FromResult<OutboxMessage?>(saved);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>(_cases.TryGetValue(id, out var e) ? [.. e.Outbox.Values] : []);
        }
    }

    private static bool SameState(CaseState a, CaseState b) =>
        System.Text.Json.JsonSerializer.Serialize(a, Orchestration.OrchestrationJson.Options) == System.Text.Json.JsonSerializer.Serialize(b, Orchestration.OrchestrationJson.Options);

    private string NextTag() => (++_tag).ToString(CultureInfo.InvariantCulture);

    private sealed class Entry
    {
        public CaseState State { get; set; } = null!;
        public string ETag { get; set; } = string.Empty;
        public List<LedgerEntry> Ledger { get; } = [];
        public SortedDictionary<int, OutboxMessage> Outbox { get; } = [];
    }
}
