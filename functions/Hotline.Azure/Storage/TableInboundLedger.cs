using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Hotline.Service.Sms;

namespace Hotline.Azure.Storage;

/// <summary>
/// Inbound message ids already handled, one row each in <c>{prefix}Inbound</c> with the reply it got: inserting is the
/// check, a 409 means Event Grid delivered the same message again. Keys are a hash of the id (ids may hold characters
/// keys may not).
/// </summary>
public sealed class TableInboundLedger(TableServiceClient service, string prefix) : IInboundLedger
{
    private readonly TableClient _table = service.GetTableClient(prefix + "Inbound");

    public Task CreateTableAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<InboundRecord?> ClaimAsync(string messageId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var (partition, row) = Keys(messageId);
                try
                {
                    await _table.AddEntityAsync(new TableEntity(partition, row) { ["MessageId"] = Truncate(messageId) }, cancellationToken);
                    return null;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    var existing = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
                    var entity = existing.HasValue ? existing.Value! : null;
                    return new InboundRecord(entity?.GetString("ReplyTo"), entity?.GetString("Reply"), entity?.GetBoolean("ReplySent") ?? false);
                }
            },
            cancellationToken);

    public Task SaveAsync(string messageId, InboundRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (partition, row) = Keys(messageId);
        var entity = new TableEntity(partition, row) { ["MessageId"] = Truncate(messageId), ["ReplySent"] = record.ReplySent };
        if (record.ReplyTo is not null)
        {
            entity["ReplyTo"] = record.ReplyTo;
        }

        if (record.Reply is not null)
        {
            entity["Reply"] = record.Reply;
        }

        return StorageErrors.GuardAsync(() => _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }

    private static (string Partition, string Row) Keys(string messageId)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));
        return (hash[..2], hash);
    }

    private static string Truncate(string messageId) => messageId.Length > 1000 ? messageId[..1000] : messageId;
}
