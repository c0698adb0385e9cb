using Azure.Data.Tables;
using Hotline.Domain.Permits;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// Release permits (R-SV-1) in <c>{prefix}Permits</c>: one partition ("permit"), one row per permit keyed by id, the permit
/// as JSON plus the columns lists filter on: ProfileId, IssuedUtc and CopyOut (security's copy not yet filed), so the
/// overdue reminder reads only the copies still out.
/// </summary>
public sealed class TablePermitStore(TableServiceClient service, string prefix)
    : TableDocumentStore<ReleasePermit, StoredPermit>(service, prefix + "Permits", "permit", "permit"), IPermitStore
{
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

        return QueryAsync(filter, found => found.OrderBy(p => p.Permit.IssuedUtc).ThenBy(p => p.Permit.Id, StringComparer.Ordinal), cancellationToken);
    }

    protected override string IdOf(ReleasePermit document) => document.Id;

    protected override StoredPermit Stored(ReleasePermit document, string etag) => new(document, etag);

    protected override void Columns(TableEntity entity, ReleasePermit document)
    {
        entity["ProfileId"] = document.ProfileId;
        entity["IssuedUtc"] = document.IssuedUtc;
        entity["CopyOut"] = document.SecurityCopyFiledUtc is null;
    }
}
