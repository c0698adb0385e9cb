using Azure;
using Azure.Data.Tables;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
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
}
