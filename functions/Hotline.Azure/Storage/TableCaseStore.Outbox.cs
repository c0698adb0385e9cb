using Azure;
using Hotline.Azure.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    private const string PendingPartition = "pending";
    private const string PointerUpToColumn = "UpTo";
    private const string PointerCreatedColumn = "CreatedUtc";

    /// <summary>
    /// A pointer whose commit never landed is dropped after this long. Far longer than any commit takes, retries
    /// included, so a commit still on its way is never mistaken for a failed one.
    /// </summary>
    private static readonly TimeSpan AbandonedPointerAge = TimeSpan.FromHours(1);

    public Task<IReadOnlyList<OutboxMessage>> PendingOutboxAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return StorageErrors.GuardAsync(
            async () =>
            {
                var due = new List<OutboxMessage>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PendingPartition}");
                await foreach (var pointer in _pending.QueryAsync(filter, cancellationToken: cancellationToken))
                {
                    var messages = await ReadOutboxAsync(CaseId.Parse(pointer.RowKey), cancellationToken);
                    var pending = messages.Where(m => m.Status == OutboxStatus.Pending).ToList();
                    due.AddRange(pending.Where(m => (m.NextAttemptUtc ?? m.CreatedUtc) <= now).Take(max - due.Count));
                    if (pending.Count == 0 && IsSpent(pointer, messages, now))
                    {
                        await DropPointerAsync(pointer, cancellationToken);
                    }

                    if (due.Count == max)
                    {
                        break;
                    }
                }

                return (IReadOnlyList<OutboxMessage>)due;
            },
            cancellationToken);
    }

    public Task<OutboxMessage?> UpdateOutboxAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return StorageErrors.GuardAsync(
            async () =>
            {
                if (string.IsNullOrEmpty(message.ETag))
                {
                    return null;
                }

                try
                {
                    var response = await _cases.UpdateEntityAsync(OutboxRows.ToEntity(message), new ETag(message.ETag), TableUpdateMode.Replace, cancellationToken);
                    return message with { ETag = response.Headers.ETag?.ToString() ?? string.Empty };
                }
                catch (RequestFailedException ex) when (ex.Status == 412 || (ex.Status == 404 && ex.ErrorCode != "TableNotFound"))
                {
                    // Someone else saved it first (or it does not exist): the caller's copy is stale.
                    return (OutboxMessage?)null;
                }
            },
            cancellationToken);
    }

    /// <summary>
    /// A pointer with nothing pending may go once the commit that last wrote it has landed (its highest outbox row
    /// exists), or when that commit evidently failed long ago. Before that, the rows it points to may still be on
    /// their way: the pointer is written before the transaction.
    /// </summary>
    private static bool IsSpent(TableEntity pointer, List<OutboxMessage> messages, DateTimeOffset now)
    {
        var upTo = pointer.GetInt32(PointerUpToColumn);
        var created = pointer.GetDateTimeOffset(PointerCreatedColumn);
        return upTo is null || messages.Exists(m => m.Sequence == upTo) || created is null || now - created > AbandonedPointerAge;
    }

    /// <summary>Only the pointer as read: a commit that re-marked the case meanwhile changed its ETag, and the delete then fails harmlessly.</summary>
    private async Task DropPointerAsync(TableEntity pointer, CancellationToken cancellationToken)
    {
        try
        {
            await _pending.DeleteEntityAsync(pointer.PartitionKey, pointer.RowKey, pointer.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Re-marked by a newer commit: keep it.
        }
    }
}
