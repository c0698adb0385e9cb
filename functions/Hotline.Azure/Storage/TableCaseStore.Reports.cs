using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;

namespace Hotline.Azure.Storage;

/// <summary>The report projection of the Table store: rows in <c>{prefix}CaseReports</c> (see <see cref="ReportRows"/>).</summary>
/// <remarks>
/// <para><b>Consistency.</b> A Table transaction holds one partition, so the projection cannot be part of the case commit.
/// It is written right after the case transaction lands (and again when a retried commit finds it landed already):
/// the receipt row first, then the index row, then the old index row is deleted when the case moved (opened → closed).
/// Every write is guarded by the case version: a row is replaced only through the ETag it was read with and only by a
/// version at least its own, so a delayed writer of an older version never overwrites a newer one; the same version
/// again writes the same projection (the digest is a function of the ledger lines, merged by sequence).</para>
/// <para>What can go wrong is a projection that lags: the case commit landed and the process stopped (or storage failed)
/// before the projection write. <see cref="CommitAsync"/> then throws, the caller's retry finds the commit landed and
/// writes the projection; if nobody retries, the case's next commit notices the ledger lines it missed
/// (<see cref="ReportProjection.Covered"/>) and rebuilds the digest from the whole ledger, and the reconciler
/// rewrites the projection of every case it repairs (<see cref="RebuildAsync"/>). A report may therefore show a case as
/// it was one commit ago, never a mix of two versions, and never an older version after a newer one was written.</para>
/// <para>Readers take, per case, the row with the highest version: a stale index row left by an interrupted move
/// loses to the row that replaced it when both are read.</para>
/// </remarks>
public sealed partial class TableCaseStore : IReportProjections
{
    private const int ProjectionAttempts = 5;

    public Task<IReadOnlyList<ReportCase>> ReceivedAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(profileId);
        return StorageErrors.GuardAsync(
            async () =>
            {
                var latest = new Dictionary<string, ReportProjection>(StringComparer.Ordinal);
                await QueryReceiptsAsync(profileId, fromUtc, toUtc, null, (row, _) => Keep(latest, row.RowKey, ReportRows.Read(row)), cancellationToken);
                return (IReadOnlyList<ReportCase>)[.. latest.Values.Select(p => p.ToReportCase()).OrderBy(c => c.State.Id.Value, StringComparer.Ordinal)];
            },
            cancellationToken);
    }

    /// <summary>The receipt rows' lean column alone (<c>$select</c>): ~250 bytes a case instead of the whole snapshot.</summary>
    public Task<IReadOnlyList<ReportCase>> ReceivedForMonthlyAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(profileId);
        return StorageErrors.GuardAsync(
            async () =>
            {
                var cases = new List<ReportCase>();
                await QueryReceiptsAsync(
                    profileId, fromUtc, toUtc, [ReportRows.LeanColumn],
                    (row, gate) =>
                    {
                        var lean = ReportRows.ReadLean(row).ToReportCase();
                        lock (gate)
                        {
                            cases.Add(lean);
                        }
                    },
                    cancellationToken);
                return (IReadOnlyList<ReportCase>)[.. cases.OrderBy(c => c.State.Id.Value, StringComparer.Ordinal)];
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ReportCase>> ActiveAsync(string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(profileId);
        var open = TableClient.CreateQueryFilter($"PartitionKey eq {ReportRows.OpenPartition(profileId)} and ReceivedUtc lt {toUtc}");
        var closedFrom = ReportRows.ClosedPartition(profileId, ReportProjection.Month(fromUtc < MinReceipt ? MinReceipt : fromUtc));
        var closed = TableClient.CreateQueryFilter(
            $"PartitionKey ge {closedFrom} and PartitionKey lt {ReportRows.ClosedPartitionsEnd(profileId)} and ClosedUtc ge {fromUtc} and ReceivedUtc lt {toUtc}");
        return StorageErrors.GuardAsync(() => QueryProjectionsAsync([open, closed], cancellationToken), cancellationToken);
    }

    public Task RebuildAsync(CaseId id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                if (await GetAsync(id, cancellationToken) is { } stored)
                {
                    var ledger = await GetLedgerAsync(id, cancellationToken);
                    await WriteProjectionAsync(stored.State, _ => Task.FromResult(ReportProjection.Of(stored.State, ledger)), cancellationToken);
                    await WriteSearchRowsAsync(stored.State, cancellationToken);
                    await WriteIndexRowsAsync(stored.State, before: null, cancellationToken);
                }
            },
            cancellationToken);

    /// <summary>Merged into the stored digest, or rebuilt from the whole ledger when lines are missing.</summary>
    public Task ProjectAsync(CaseState state, IReadOnlyList<LedgerEntry> ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ledger);
        return StorageErrors.GuardAsync(() => ProjectCommitAsync(state, ledger, cancellationToken), cancellationToken);
    }

    private Task ProjectCommitAsync(CaseState state, IReadOnlyList<LedgerEntry> ledger, CancellationToken cancellationToken) =>
        WriteProjectionAsync(
            state,
            async previous => ReportProjection.After(previous, state, ledger)
                ?? ReportProjection.Of(state, (await GetLedgerAsync(state.Id, cancellationToken)).Where(e => e.Sequence <= state.LedgerCount)),
            cancellationToken);

    private async Task WriteProjectionAsync(CaseState state, Func<ReportProjection?, Task<ReportProjection>> project, CancellationToken cancellationToken)
    {
        var partition = ReportRows.ReceiptPartition(state.ProfileId, state.ReceivedUtc);
        for (var attempt = 1; ; attempt++)
        {
            var current = await _reports.GetEntityIfExistsAsync<TableEntity>(partition, state.Id.Value, cancellationToken: cancellationToken);
            var row = current.HasValue ? current.Value : null;
            if (row is not null && ReportRows.Version(row) > state.Version)
            {
                return; // a newer commit projected already
            }

            var projection = await project(row is null ? null : ReportRows.Read(row));
            var index = ReportRows.IndexPartition(projection);
            if (await TryWriteAsync(ReportRows.Row(partition, projection, index, receipt: true), row?.ETag, cancellationToken))
            {
                if (index is not null)
                {
                    await WriteIndexAsync(ReportRows.Row(index, projection, null, receipt: false), state.Version, cancellationToken);
                }

                if (row?.GetString(ReportRows.IndexColumn) is { } old && old != index)
                {
                    await DeleteIndexAsync(old, state.Id, state.Version, cancellationToken);
                }

                return;
            }

            if (attempt == ProjectionAttempts)
            {
                throw new StorageUnavailableException($"The report projection of case {state.Id} kept changing; gave up after {attempt} attempts.");
            }
        }
    }

    private async Task WriteIndexAsync(TableEntity entity, int version, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= ProjectionAttempts; attempt++)
        {
            var current = await _reports.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            if (current.HasValue && ReportRows.Version(current.Value!) > version)
            {
                return;
            }

            if (await TryWriteAsync(entity, current.HasValue ? current.Value!.ETag : null, cancellationToken))
            {
                return;
            }
        }

        throw new StorageUnavailableException($"The report index row of case {entity.RowKey} kept changing.");
    }

    private async Task DeleteIndexAsync(string partition, CaseId id, int version, CancellationToken cancellationToken)
    {
        var current = await _reports.GetEntityIfExistsAsync<TableEntity>(partition, id.Value, cancellationToken: cancellationToken);
        if (current.HasValue && ReportRows.Version(current.Value!) <= version)
        {
            try
            {
                await _reports.DeleteEntityAsync(partition, id.Value, current.Value!.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Gone already, or rewritten by a newer commit: either way not ours to delete.
            }
        }
    }

    /// <summary>Adds the row (no ETag) or replaces it if unchanged since read; false when someone else wrote first.</summary>
    private async Task<bool> TryWriteAsync(TableEntity entity, ETag? etag, CancellationToken cancellationToken)
    {
        try
        {
            if (etag is { } tag)
            {
                await _reports.UpdateEntityAsync(entity, tag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await _reports.AddEntityAsync(entity, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404 && e.ErrorCode != "TableNotFound")
        {
            return false;
        }
    }
}
