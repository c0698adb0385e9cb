using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// The case store on Azure Table storage. Each case is one partition of <c>{prefix}Cases</c> (PartitionKey = case
/// id): the <c>state</c> row (snapshot JSON and the columns list and due queries filter on), <c>evt-NNNNNN</c> ledger
/// rows and <c>out-NNNNNN</c> outbox rows (the per-case record of what was sent).
/// </summary>
/// <remarks>
/// A commit is one entity-group transaction in the case partition: the state row (added, or replaced only if its
/// ETag is still the one the decision was made on), the new ledger rows and the new outbox rows, all or nothing.
/// Due cases are found by a query on the state rows' <c>NextWakeUtc</c> column. The one thing outside the partition is
/// the report projection in <c>{prefix}CaseReports</c>, written after the transaction (see TableCaseStore.Reports.cs), and
/// the search and open-case index rows in <c>{prefix}CaseSearch</c> and <c>{prefix}OpenCases</c> (TableCaseStore.Index.cs,
/// TableCaseStore.OpenCases.cs) and the newest-first list rows (TableCaseStore.List.cs).
/// </remarks>
public sealed partial class TableCaseStore : ICaseStore, IDisposable
{
    private readonly SemaphoreSlim _counterTurn = new(1, 1);
    private CounterRow? _lastCounter; // read and written only inside _counterTurn

    private readonly TableServiceClient _service;
    private readonly TableClient _cases;
    private readonly TableClient _counters;
    private readonly TableClient _idempotency;
    private readonly TableClient _reports;
    private readonly TableClient _search;
    private readonly TableClient _open;
    private readonly Func<string, Profile?> _profiles;

    /// <param name="service">The account; its options carry the retry and timeout policy.</param>
    /// <param name="tablePrefix">Letters and digits starting with a letter, e.g. "hotline"; lets environments share an account.</param>
    /// <param name="indexKey">
    /// The secret that keys callers' search partitions (<see cref="PhoneKeys"/>); null to use the one generated and kept in
    /// the counters table, which every host of the deployment then shares.
    /// </param>
    /// <param name="profiles">The loaded profiles (what awaits whom is profile data); the built-in ones by default.</param>
    /// <exception cref="ArgumentException">The index key is given but too short.</exception>
    public TableCaseStore(TableServiceClient service, string tablePrefix, string? indexKey = null, Func<string, Profile?>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tablePrefix);
        _service = service;
        _profiles = profiles ?? (id => ProfileCatalog.BuiltIn.GetValueOrDefault(id));
        _phoneKeys = string.IsNullOrWhiteSpace(indexKey) ? null : Task.FromResult(PhoneKeys.Configured(indexKey));
        _cases = service.GetTableClient(tablePrefix + "Cases");
        _counters = service.GetTableClient(tablePrefix + "Counters");
        _idempotency = service.GetTableClient(tablePrefix + "Idempotency");
        _reports = service.GetTableClient(tablePrefix + "CaseReports");
        _search = service.GetTableClient(tablePrefix + "CaseSearch");
        _open = service.GetTableClient(tablePrefix + "OpenCases");
    }

    /// <summary>Creates the store's tables; existing ones are left as they are.</summary>
    public Task CreateTablesAsync(CancellationToken cancellationToken = default) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                foreach (var table in new[] { _cases, _counters, _idempotency, _reports, _search, _open })
                {
                    await _service.CreateTableIfNotExistsAsync(table.Name, cancellationToken);
                }
            },
            cancellationToken);

    public Task<StoredCase?> GetAsync(CaseId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _cases.GetEntityIfExistsAsync<TableEntity>(id.Value, CaseRows.StateRowKey, cancellationToken: cancellationToken);
                return row.HasValue ? new StoredCase(CaseRows.ReadState(row.Value!), row.Value!.ETag.ToString()) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<LedgerEntry>> GetLedgerAsync(CaseId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var entries = new List<LedgerEntry>();
                await foreach (var row in _cases.QueryAsync<TableEntity>(CaseRows.PrefixFilter(id, CaseRows.LedgerPrefix), cancellationToken: cancellationToken))
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
        await foreach (var row in _cases.QueryAsync<TableEntity>(CaseRows.PrefixFilter(id, CaseRows.OutboxPrefix), cancellationToken: cancellationToken))
        {
            messages.Add(OutboxRows.FromEntity(row));
        }

        return messages;
    }

    public void Dispose() => _counterTurn.Dispose();
}
