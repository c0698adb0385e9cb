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
    private readonly InsertOnlyTable _table = new(service, prefix + "ReportSnapshots");

    public Task CreateTableAsync(CancellationToken cancellationToken) => _table.CreateAsync(cancellationToken);

    public Task<ReportSnapshot?> GetAsync(string profileId, string id, CancellationToken cancellationToken) =>
        _table.GetAsync<ReportSnapshot>(TableKeys.Validate(profileId, nameof(profileId)), TableKeys.Validate(id, nameof(id)), cancellationToken);

    public async Task<IReadOnlyList<ReportSnapshot>> ListAsync(string profileId, SnapshotKind? kind, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Validate(profileId, nameof(profileId))}");
        var snapshots = await _table.QueryAsync<ReportSnapshot>(filter, cancellationToken);
        return [.. snapshots.Where(s => kind is null || s.Kind == kind).OrderByDescending(s => s.FirstDay).ThenBy(s => s.Kind)];
    }

    public Task<bool> TryAddAsync(ReportSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entity = new TableEntity(snapshot.ProfileId, snapshot.Id) { ["Kind"] = ReportSnapshot.KindName(snapshot.Kind) };
        return _table.TryInsertAsync(entity, snapshot, cancellationToken);
    }
}
