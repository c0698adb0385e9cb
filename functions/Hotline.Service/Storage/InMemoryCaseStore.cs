using System.Globalization;
using Hotline.Domain.Cases;

namespace Hotline.Service.Storage;

/// <summary>
/// The case store in memory, for tests, demos and the 100,000-case benchmark. Same contract as the Table store
/// (the shared contract tests run against both): atomic commits with ETags, wake-up index, pending outbox.
/// </summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<CaseId, Entry> _cases = [];
    private readonly SortedSet<(DateTimeOffset Due, CaseId Id)> _wakeUps = new(Comparer<(DateTimeOffset Due, CaseId Id)>.Create(
        (a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : string.CompareOrdinal(a.Id.Value, b.Id.Value)));
    private readonly Dictionary<CaseId, (DateTimeOffset Due, long Tag)> _wakeUpByCase = [];
    private readonly SortedSet<string> _pendingOutbox = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, int> _sequences = [];
    private readonly Dictionary<string, CaseId> _idempotency = new(StringComparer.Ordinal);
    private long _tag;

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
                _pendingOutbox.Add(message.Id);
            }

            _cases[id] = entry;
            SetWakeUp(id, commit.State.NextWakeUtc);
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
                .OrderBy(s => s.Id.Value, StringComparer.Ordinal).Skip(skip).Take(query.PageSize + 1).ToList();
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

    public Task<IReadOnlyList<WakeUp>> DueWakeUpsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var due = _wakeUps.TakeWhile(w => w.Due <= now).Take(max)
                .Select(w => new WakeUp(w.Id, w.Due, _wakeUpByCase[w.Id].Tag.ToString(CultureInfo.InvariantCulture))).ToList();
            return Task.FromResult<IReadOnlyList<WakeUp>>(due);
        }
    }

    public Task CompleteWakeUpAsync(WakeUp wakeUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wakeUp);
        lock (_gate)
        {
            if (_wakeUpByCase.TryGetValue(wakeUp.CaseId, out var current) && current.Due == wakeUp.DueUtc
                && current.Tag.ToString(CultureInfo.InvariantCulture) == wakeUp.ETag)
            {
                _wakeUps.Remove((current.Due, wakeUp.CaseId));
                _wakeUpByCase.Remove(wakeUp.CaseId);
            }

            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> PendingOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var result = new List<OutboxMessage>();
            foreach (var id in _pendingOutbox.ToList())
            {
                if (result.Count >= max)
                {
                    break;
                }

                var message = Find(id);
                if (message is null || message.Status != OutboxStatus.Pending)
                {
                    _pendingOutbox.Remove(id);
                }
                else if ((message.NextAttemptUtc ?? message.CreatedUtc) <= now && result.Count < max)
                {
                    result.Add(message);
                }
            }

            return Task.FromResult<IReadOnlyList<OutboxMessage>>(result);
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

    private void SetWakeUp(CaseId id, DateTimeOffset? due)
    {
        if (_wakeUpByCase.Remove(id, out var old))
        {
            _wakeUps.Remove((old.Due, id));
        }

        if (due is { } at)
        {
            _wakeUpByCase[id] = (at, ++_tag);
            _wakeUps.Add((at, id));
        }
    }

    private OutboxMessage? Find(string id)
    {
        var dot = id.LastIndexOf('.');
        var caseId = CaseId.Parse(id[..dot]);
        var sequence = int.Parse(id[(dot + 1)..], CultureInfo.InvariantCulture);
        return _cases.TryGetValue(caseId, out var e) ? e.Outbox.GetValueOrDefault(sequence) : null;
    }

    private string NextTag() => (++_tag).ToString(CultureInfo.InvariantCulture);

    private sealed class Entry
    {
        public CaseState State { get; set; } = null!;
        public string ETag { get; set; } = string.Empty;
        public List<LedgerEntry> Ledger { get; } = [];
        public SortedDictionary<int, OutboxMessage> Outbox { get; } = [];
    }
}
