using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>The open-case index of the Table store: one row per case in <c>{prefix}OpenCases</c> (<see cref="SearchRows.Open"/>).</summary>
/// <remarks>
/// <para><b>Cost.</b> Every commit reads the row's version and replaces it: one read and one write. Counts, queues and
/// field staff's lists read these rows only: a closed case costs them a few bytes until its tombstone is swept.</para>
/// <para><b>Closing.</b> The row of a closed case is not deleted but replaced by a tombstone holding its version: a late
/// writer of an older, still open version (a retried commit, the reconciler's rebuild racing the closing commit) meets the
/// higher version and stops, as with the report rows. <see cref="SweepOpenAsync"/> removes tombstones a day old.</para>
/// <para><b>A crash between the case transaction and this write</b> leaves the row one commit behind — for a closing
/// commit, an open row for a closed case, which the reconciler would never meet (it repairs open cases only). The
/// reconciler therefore also runs <see cref="SweepOpenAsync"/>: a slice of the open rows a run, each checked against its
/// case (one point read), lagging rows rewritten, those of closed cases turned into tombstones.</para>
/// </remarks>
public sealed partial class TableCaseStore : ICaseIndexRepair
{
    /// <summary>Long enough for any late writer (retries take seconds); then the tombstone only costs the readers.</summary>
    private static readonly TimeSpan TombstoneKept = TimeSpan.FromDays(1);

    /// <summary>Case point reads of one sweep at once: enough to be quick, few enough not to crowd the account.</summary>
    private const int SweepReadsAtOnce = 4;

    /// <summary>Where the last sweep stopped (profile|case id); the next one checks the rows after it, then starts over.</summary>
    private string? _sweptUpTo;

    public Task<IReadOnlyList<OpenCase>> OpenAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var rows = new List<OpenCase>();
                await foreach (var row in _open.QueryAsync<TableEntity>(maxPerPage: 1000, cancellationToken: cancellationToken))
                {
                    if (!SearchRows.IsTombstone(row))
                    {
                        rows.Add(SearchRows.ReadOpen(row));
                    }
                }

                return (IReadOnlyList<OpenCase>)rows;
            },
            cancellationToken);

    public Task<int> SweepOpenAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return StorageErrors.GuardAsync(
            async () =>
            {
                var open = new List<TableEntity>();
                var oldTombstones = new List<TableEntity>();
                var keepSince = TimeProvider.System.GetUtcNow() - TombstoneKept;
                await foreach (var row in _open.QueryAsync<TableEntity>(maxPerPage: 1000, cancellationToken: cancellationToken))
                {
                    if (!SearchRows.IsTombstone(row))
                    {
                        open.Add(row);
                    }
                    else if (row.Timestamp < keepSince)
                    {
                        oldTombstones.Add(row);
                    }
                }

                foreach (var tombstone in oldTombstones)
                {
                    await DeleteRowAsync(tombstone, cancellationToken);
                }

                var after = Volatile.Read(ref _sweptUpTo);
                var ordered = open.OrderBy(Key, StringComparer.Ordinal).ToList();
                var slice = ordered.Where(r => after is null || string.CompareOrdinal(Key(r), after) > 0).Take(max).ToList();
                Volatile.Write(ref _sweptUpTo, slice.Count == max && Key(slice[^1]) != Key(ordered[^1]) ? Key(slice[^1]) : null);

                var repaired = 0;
                await Parallel.ForEachAsync(
                    slice,
                    new ParallelOptions { MaxDegreeOfParallelism = SweepReadsAtOnce, CancellationToken = cancellationToken },
                    async (row, token) =>
                    {
                        if (await RepairAsync(row, token))
                        {
                            Interlocked.Increment(ref repaired);
                        }
                    });
                return repaired;
            },
            cancellationToken);

        static string Key(TableEntity row) => row.PartitionKey + "|" + row.RowKey;
    }

    /// <summary>
    /// Rewrites the row from its case when its columns differ from what the case gives now (a write lost to a crash, or a
    /// closed case); drops it when there is no case. Versions are not compared: commits that change none of the row's
    /// columns leave it at an older version on purpose (<see cref="WriteIndexRowsAsync"/>).
    /// </summary>
    private async Task<bool> RepairAsync(TableEntity row, CancellationToken cancellationToken)
    {
        if (await GetAsync(CaseId.Parse(row.RowKey), cancellationToken) is not { } stored)
        {
            await DeleteRowAsync(row, cancellationToken);
            return true;
        }

        if (stored.State.IsTerminal || !IndexColumns.Same(row, OpenRow(stored.State)))
        {
            await WriteIndexRowsAsync(stored.State, before: null, cancellationToken);
            return true;
        }

        return false;
    }

    private async Task DeleteRowAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await _open.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or rewritten since it was read: not ours to delete.
        }
    }

    /// <summary>The open-case row of a commit; a terminal case leaves its tombstone (<see cref="SearchRows.Tombstone"/>).</summary>
    internal Task WriteOpenAsync(CaseState state, CancellationToken cancellationToken) =>
        WriteVersionedAsync(_open, state.ProfileId, state.Id.Value, state.Version, () => OpenRow(state), cancellationToken);

    private TableEntity OpenRow(CaseState state) =>
        state.IsTerminal ? SearchRows.Tombstone(state) : SearchRows.Open(OpenCase.Of(state, _profiles(state.ProfileId)), state.Version);

    /// <summary>
    /// An index row replaced only through the ETag it was read with and only by a version at least its own, as the report
    /// rows are: a delayed writer of an older version never overwrites a newer one.
    /// </summary>
    private static async Task WriteVersionedAsync(
        TableClient table, string partitionKey, string rowKey, int version, Func<TableEntity> make, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= ProjectionAttempts; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, [SearchRows.VersionColumn], cancellationToken);
            if (current.HasValue && current.Value!.GetInt32(SearchRows.VersionColumn) > version)
            {
                return;
            }

            try
            {
                if (current.HasValue)
                {
                    await table.UpdateEntityAsync(make(), current.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(make(), cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 || (e.Status == 404 && e.ErrorCode != "TableNotFound"))
            {
                // Someone wrote or deleted it since it was read: read again.
            }
        }

        throw new StorageUnavailableException($"The index row {partitionKey}/{rowKey} kept changing.");
    }
}
