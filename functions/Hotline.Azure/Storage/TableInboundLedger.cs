using System.Security.Cryptography;
using System.Text;
using Azure;
using Hotline.Azure.Tables;
using Hotline.Service.Sms;

namespace Hotline.Azure.Storage;

/// <summary>
/// Inbound message ids already handled, one row each in <c>{prefix}Inbound</c>: inserting is the check, a 409 means
/// Event Grid delivered the same message again. Keys are a hash of the id (ids may hold characters keys may not).
/// </summary>
public sealed class TableInboundLedger(TableServiceClient service, string prefix) : IInboundLedger
{
    private readonly TableClient _table = service.GetTableClient(prefix + "Inbound");

    public Task CreateTableAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<bool> TryMarkProcessedAsync(string messageId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));
                var row = new TableEntity(hash[..2], hash) { ["MessageId"] = messageId.Length > 1000 ? messageId[..1000] : messageId };
                try
                {
                    await _table.AddEntityAsync(row, cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    return false;
                }
            },
            cancellationToken);
}
