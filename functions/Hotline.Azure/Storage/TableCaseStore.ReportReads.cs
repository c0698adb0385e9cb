using Azure.Data.Tables;
using Hotline.Domain.Reports;
using Hotline.Service.Storage.Reports;

namespace Hotline.Azure.Storage;

/// <summary>The report projection's reads: the receipt rows day by day, and per case the row of the highest version.</summary>
public sealed partial class TableCaseStore
{
    /// <summary>Azurite and Azure compare dates from 1601 on; earlier bounds mean "from the start".</summary>
    private static readonly DateTimeOffset MinReceipt = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private async Task<IReadOnlyList<ReportCase>> QueryProjectionsAsync(IEnumerable<string> filters, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, ReportProjection>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            await foreach (var row in _reports.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
            {
                Keep(latest, row.RowKey, ReportRows.Read(row));
            }
        }

        return [.. latest.Values.Select(p => p.ToReportCase())];
    }

    /// <summary>Per case the projection of the highest version (a stale index row loses to the row that replaced it).</summary>
    private static void Keep(Dictionary<string, ReportProjection> latest, string caseId, ReportProjection projection)
    {
        lock (latest)
        {
            if (!latest.TryGetValue(caseId, out var seen) || seen.State.Version < projection.State.Version)
            {
                latest[caseId] = projection;
            }
        }
    }

    /// <summary>Up to a season of days is read day by day, side by side; a longer span in one range query.</summary>
    private const int MaxDaysApart = 92;

    /// <summary>Day partitions read at once: enough to keep storage busy while the rows already read are parsed.</summary>
    private const int DaysAtOnce = 8;

    /// <summary>
    /// Hands every receipt row of the profile received in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) to
    /// <paramref name="read"/>, from several threads at once and in no set order (callers sort by case id) (the second argument is a lock to share). A month is read as
    /// its day partitions, <see cref="DaysAtOnce"/> at a time: each is one small page, where one month-wide query is
    /// twenty pages (and Azurite scans and sorts the whole table for each page).
    /// </summary>
    private async Task QueryReceiptsAsync(
        string profileId, DateTimeOffset fromUtc, DateTimeOffset toUtc, IEnumerable<string>? select, Action<TableEntity, object> read, CancellationToken cancellationToken)
    {
        var from = fromUtc < MinReceipt ? MinReceipt : fromUtc;
        if (toUtc <= from)
        {
            return;
        }

        var selected = select?.ToList();
        var gate = new object();
        if ((toUtc - from).TotalDays > MaxDaysApart)
        {
            var range = TableClient.CreateQueryFilter(
                $"PartitionKey ge {ReportRows.ReceiptPartition(profileId, from)} and PartitionKey le {ReportRows.ReceiptPartition(profileId, toUtc)} and ReceivedUtc ge {from} and ReceivedUtc lt {toUtc}");
            await foreach (var row in _reports.QueryAsync<TableEntity>(range, maxPerPage: 1000, select: selected, cancellationToken: cancellationToken))
            {
                read(row, gate);
            }

            return;
        }

        await Parallel.ForEachAsync(
            ReportRows.ReceiptPartitions(profileId, from, toUtc),
            new ParallelOptions { MaxDegreeOfParallelism = DaysAtOnce, CancellationToken = cancellationToken },
            async (partition, token) =>
            {
                var day = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ReceivedUtc ge {from} and ReceivedUtc lt {toUtc}");
                await foreach (var row in _reports.QueryAsync<TableEntity>(day, maxPerPage: 1000, select: selected, cancellationToken: token))
                {
                    read(row, gate);
                }
            });
    }
}
