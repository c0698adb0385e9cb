using Hotline.Azure.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// The case store on Azure Table storage. Each case is one partition of <c>{prefix}Cases</c> (PartitionKey = case
/// id): the <c>state</c> row (snapshot JSON and the columns list queries filter on), <c>evt-NNNNNN</c> ledger rows
/// and <c>out-NNNNNN</c> outbox rows. Two index tables point into it: <c>{prefix}WakeUps</c> (PartitionKey = the
/// UTC minute of the due time, RowKey = case id) and <c>{prefix}OutboxPending</c> (cases with messages to send).
/// </summary>
/// <remarks>
/// <para>
/// A commit is one entity-group transaction in the case partition: the state row (added, or replaced only if its
/// ETag is still the one the decision was made on), the new ledger rows and the new outbox rows, all or nothing.
/// The index rows live in other partitions, so they cannot join that transaction. They are therefore written
/// <em>before</em> it (the pending-outbox pointer and the new wake-up row) and removed <em>after</em> it (the
/// previous wake-up row). A crash or a lost race between the steps can only leave an index row too many, which
/// costs a harmless extra look (the machine re-checks a case on every wake-up; a pointer to a case with nothing
/// to send is dropped), and never one too few, so nothing is lost.
/// </para>
/// <para>
/// Removal is guarded so that a concurrent writer's index row is never taken for a stale one: the previous
/// wake-up row is deleted only if it still has the ETag recorded in the state it belonged to, and a pointer is
/// deleted only with the ETag it was read with, once the commit that wrote it has visibly landed (or clearly
/// failed long ago).
/// </para>
/// </remarks>
public sealed partial class TableCaseStore : ICaseStore
{
    private readonly TableServiceClient _service;
    private readonly TableClient _cases;
    private readonly TableClient _wakeUps;
    private readonly TableClient _pending;
    private readonly TableClient _counters;
    private readonly TableClient _idempotency;

    /// <param name="service">The account; its options carry the retry and timeout policy.</param>
    /// <param name="tablePrefix">Letters and digits starting with a letter, e.g. "hotline"; lets environments share an account.</param>
    public TableCaseStore(TableServiceClient service, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tablePrefix);
        _service = service;
        _cases = service.GetTableClient(tablePrefix + "Cases");
        _wakeUps = service.GetTableClient(tablePrefix + "WakeUps");
        _pending = service.GetTableClient(tablePrefix + "OutboxPending");
        _counters = service.GetTableClient(tablePrefix + "Counters");
        _idempotency = service.GetTableClient(tablePrefix + "Idempotency");
    }

    /// <summary>Creates the store's tables; existing ones are left as they are.</summary>
    public Task CreateTablesAsync(CancellationToken cancellationToken = default) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                foreach (var table in new[] { _cases, _wakeUps, _pending, _counters, _idempotency })
                {
                    await _service.CreateTableIfNotExistsAsync(table.Name, cancellationToken);
                }
            },
            cancellationToken);

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _cases.GetEntityIfExistsAsync(id.Value, CaseRows.StateRowKey, cancellationToken: cancellationToken);
                return row.HasValue ? new StoredCase(CaseRows.ReadState(row.Value!), row.Value!.ETag.ToString()) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var entries = new List<LedgerEntry>();
                await foreach (var row in _cases.QueryAsync(CaseRows.PrefixFilter(id, CaseRows.LedgerPrefix), cancellationToken: cancellationToken))
                {
                    entries.Add(CaseRows.ReadLedger(row));
                }

                return (IReadOnlyList<LedgerEntry>)entries;
            },
            cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> OutboxAsync(CaseId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(async () => (IReadOnlyList<OutboxMessage>)await ReadOutboxAsync(id, cancellationToken), cancellationToken);

    private async Task<List<OutboxMessage>> ReadOutboxAsync(CaseId id, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        await foreach (var row in _cases.QueryAsync(CaseRows.PrefixFilter(id, CaseRows.OutboxPrefix), cancellationToken: cancellationToken))
        {
            messages.Add(OutboxRows.FromEntity(row));
        }

        return messages;
    }
}
