using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Permits;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// Release permits (R-SV-1) in <c>{prefix}Permits</c>: one partition ("permit"), one row per permit keyed by id, the permit
/// as JSON plus the columns lists filter on: ProfileId, IssuedUtc and CopyOut (security's copy not yet filed), so the
/// overdue reminder reads only the copies still out.
/// </summary>
public sealed class TablePermitStore(TableServiceClient service, string prefix) : IPermitStore
{
    private const string Partition = "permit";

    private readonly TableClient _table = service.GetTableClient(prefix + "Permits");

    public Task CreateTableAsync(CancellationToken cancellationToken = default) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<StoredPermit?> GetAsync(string id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Validate(id, nameof(id)), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e ? Read(e) : null;
            },
            cancellationToken);

    public Task<StoredPermit> SaveAsync(ReleasePermit permit, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permit);
        var entity = new TableEntity(Partition, TableKeys.Validate(permit.Id, nameof(permit.Id)))
        {
            ["ProfileId"] = permit.ProfileId,
            ["IssuedUtc"] = permit.IssuedUtc,
            ["CopyOut"] = permit.SecurityCopyFiledUtc is null,
        };
        DocumentRows.Write(entity, permit);
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    var response = expectedETag is null
                        ? await _table.AddEntityAsync(entity, cancellationToken)
                        : await _table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
                    return new StoredPermit(permit, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"No ETag for permit {permit.Id}."));
                }
                catch (RequestFailedException e) when (DocumentRows.IsConflict(e))
                {
                    throw new ConcurrencyException($"Permit {permit.Id} changed since it was read.", e);
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<StoredPermit>> ListAsync(PermitQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ProfileId eq {query.ProfileId}");
        if (query.OnlyCopyOut)
        {
            filter += " and CopyOut eq true";
        }

        if (query.IssuedFromUtc is { } from)
        {
            filter += " and " + TableClient.CreateQueryFilter($"IssuedUtc ge {from}");
        }

        return StorageErrors.GuardAsync(
            async () =>
            {
                var found = new List<StoredPermit>();
                await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    found.Add(Read(row));
                }

                return (IReadOnlyList<StoredPermit>)[.. found.OrderBy(p => p.Permit.IssuedUtc).ThenBy(p => p.Permit.Id, StringComparer.Ordinal)];
            },
            cancellationToken);
    }

    private static StoredPermit Read(TableEntity entity) => new(DocumentRows.Read<ReleasePermit>(entity), entity.ETag.ToString());
}
