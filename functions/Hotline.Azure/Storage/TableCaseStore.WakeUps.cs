using System.Globalization;
using Azure;
using Hotline.Azure.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    private const string DueColumn = "DueUtc";

    public Task<IReadOnlyList<WakeUp>> DueWakeUpsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {WakeBucket(now)} and DueUtc le {now}");
        return StorageErrors.GuardAsync(
            async () =>
            {
                var due = new List<WakeUp>();

                // The service may end a page early (partition boundaries, time limits); keep reading until max.
                await foreach (var row in _wakeUps.QueryAsync(filter, Math.Min(max, 1000), cancellationToken: cancellationToken))
                {
                    due.Add(new WakeUp(CaseId.Parse(row.RowKey), row.GetDateTimeOffset(DueColumn) ?? now, row.ETag.ToString()));
                    if (due.Count == max)
                    {
                        break;
                    }
                }

                return (IReadOnlyList<WakeUp>)due;
            },
            cancellationToken);
    }

    /// <summary>Deletes the row only if it is still the one that was read: a row set again meanwhile has a new ETag and stays.</summary>
    public Task CompleteWakeUpAsync(WakeUp wakeUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wakeUp);
        return StorageErrors.GuardAsync(() => RemoveWakeUpAsync(wakeUp.CaseId, wakeUp.DueUtc, wakeUp.ETag, cancellationToken), cancellationToken);
    }

    /// <summary>The UTC minute of <paramref name="due"/>: the wake-up partition, so a due scan reads a range of small partitions.</summary>
    private static string WakeBucket(DateTimeOffset due) => due.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    private async Task<string> SetWakeUpAsync(CaseId id, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var response = await _wakeUps.UpsertEntityAsync(
            new TableEntity(WakeBucket(due), id.Value) { [DueColumn] = due }, TableUpdateMode.Replace, cancellationToken);
        return (response.Headers.ETag ?? throw new InvalidOperationException($"The service did not return the ETag of case {id}'s wake-up.")).ToString();
    }

    private async Task RemoveWakeUpAsync(CaseId id, DateTimeOffset due, string etag, CancellationToken cancellationToken)
    {
        try
        {
            // A missing row answers 404 without throwing: someone removed it already.
            await _wakeUps.DeleteEntityAsync(WakeBucket(due), id.Value, new ETag(etag), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Set again since it was read: it belongs to a newer state and must stay.
        }
    }
}
