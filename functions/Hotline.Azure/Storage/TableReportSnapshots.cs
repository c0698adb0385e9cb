using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Reports.Schedule;
using Hotline.Service.Reports.Schedule;

namespace Hotline.Azure.Storage;

/// <summary>
/// The period reports stored on schedule in <c>{prefix}ReportSnapshots</c>: partition = profile, row = snapshot id, the
/// snapshot whole as JSON (<see cref="DocumentRows"/>). Written by insert only: the second host's insert of the same
/// period fails with 409, which is the create-if-absent that keeps one snapshot per period.
/// </summary>
public sealed class TableReportSnapshots(TableServiceClient service, string prefix) : IReportSnapshots
{
    private readonly TableClient _table = service.GetTableClient(prefix + "ReportSnapshots");

    public Task CreateTableAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<ReportSnapshot?> GetAsync(string profileId, string id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _table.GetEntityIfExistsAsync<TableEntity>(
                    TableKeys.Validate(profileId, nameof(profileId)), TableKeys.Validate(id, nameof(id)), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e ? DocumentRows.Read<ReportSnapshot>(e) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<ReportSnapshot>> ListAsync(string profileId, SnapshotKind? kind, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var list = new List<ReportSnapshot>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(profileId, nameof(profileId))}");
                await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    list.Add(DocumentRows.Read<ReportSnapshot>(e));
                }

                return (IReadOnlyList<ReportSnapshot>)[.. list.Where(s => kind is null || s.Kind == kind).OrderByDescending(s => s.FirstDay).ThenBy(s => s.Kind)];
            },
            cancellationToken);

    public Task<bool> TryAddAsync(ReportSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entity = new TableEntity(snapshot.ProfileId, snapshot.Id) { ["Kind"] = ReportSnapshot.KindName(snapshot.Kind) };
        DocumentRows.Write(entity, snapshot);
        TableKeys.Validate(entity);
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    return false;
                }
            },
            cancellationToken);
    }
}
