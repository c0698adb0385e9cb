using Azure.Data.Tables;
using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Azure.Storage;

/// <summary>
/// The staff directory in <c>{prefix}Staff</c>: one partition ("staff"), one row per member keyed by staff id, so
/// listing reads the partition in id order. The directory is small (hundreds of people), so finding by phone or by
/// API-key hash is a filtered scan of that one partition.
/// </summary>
public sealed class TableStaffDirectory : IStaffDirectory
{
    private const string Partition = "staff";

    private readonly TableServiceClient _service;
    private readonly TableClient _staff;

    /// <param name="service">The account; its options carry the retry and timeout policy.</param>
    /// <param name="tablePrefix">Letters and digits starting with a letter, the same prefix as the case store's.</param>
    public TableStaffDirectory(TableServiceClient service, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(tablePrefix);
        _service = service;
        _staff = service.GetTableClient(tablePrefix + "Staff");
    }

    /// <summary>Creates the table; an existing one is left as it is.</summary>
    public Task CreateTableAsync(CancellationToken cancellationToken = default) =>
        StorageErrors.GuardAsync(() => _service.CreateTableIfNotExistsAsync(_staff.Name, cancellationToken), cancellationToken);

    public Task<StaffRecord?> GetAsync(StaffId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _staff.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Validate(id.Value, nameof(id)), cancellationToken: cancellationToken);
                return row.HasValue ? StaffRows.FromEntity(row.Value!) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<StaffRecord>> ListAsync(CancellationToken cancellationToken) =>
        FindAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), int.MaxValue, cancellationToken);

    /// <summary>
    /// Replaces the whole row, so a field removed from the record (e.g. a revoked API key) is removed from storage. The
    /// phone check reads before it writes: two admins giving the same new number to two people in the same instant could
    /// both pass it — directory edits are rare, admin-only and logged, so a uniqueness index row is not worth its cost.
    /// </summary>
    public async Task UpsertAsync(StaffRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var holders = await FindAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Phone eq {record.Member.Phone.E164}"), 2, cancellationToken);
        if (holders.FirstOrDefault(h => h.Member.Id != record.Member.Id) is { } holder)
        {
            throw new PhoneTakenException(holder.Member.Id);
        }

        await StorageErrors.GuardAsync(
            () => _staff.UpsertEntityAsync(TableKeys.Validate(StaffRows.ToEntity(Partition, record)), TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }

    public Task<StaffRecord?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken) =>
        FindFirstAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Phone eq {phone.E164}"), cancellationToken);

    public Task<StaffRecord?> FindByApiKeyHashAsync(string apiKeyHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apiKeyHash);
        return FindFirstAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ApiKeyHash eq {apiKeyHash}"), cancellationToken);
    }

    private async Task<StaffRecord?> FindFirstAsync(string filter, CancellationToken cancellationToken) =>
        await FindAsync(filter, 1, cancellationToken) is [var first, ..] ? first : null;

    private Task<IReadOnlyList<StaffRecord>> FindAsync(string filter, int max, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var found = new List<StaffRecord>();
                await foreach (var row in _staff.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    found.Add(StaffRows.FromEntity(row));
                    if (found.Count == max)
                    {
                        break;
                    }
                }

                return (IReadOnlyList<StaffRecord>)found;
            },
            cancellationToken);
}
