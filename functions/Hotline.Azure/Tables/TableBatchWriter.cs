using System.Text;
using Azure;

namespace Hotline.Azure.Tables;

/// <summary>
/// Writes the <c>multipart/mixed</c> body of an entity-group transaction: one batch holding one changeset
/// holding one embedded HTTP request per action.
/// </summary>
internal static class TableBatchWriter
{
    public const int MaxOperations = 100;
    public const int MaxBodyBytes = 4 * 1024 * 1024;
    private const string Crlf = "\r\n";

    public static (byte[] Body, string ContentType) Write(string baseUri, string tableName, IReadOnlyList<TableTransactionAction> actions)
    {
        var batchBoundary = "batch_" + Guid.NewGuid().ToString("D");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("D");
        var body = new StringBuilder()
            .Append("--").Append(batchBoundary).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append(Crlf)
            .Append(Crlf);

        foreach (var action in actions)
        {
            body.Append("--").Append(changesetBoundary).Append(Crlf)
                .Append("Content-Type: application/http").Append(Crlf)
                .Append("Content-Transfer-Encoding: binary").Append(Crlf)
                .Append(Crlf);
            WriteOperation(body, baseUri, tableName, action);
        }

        body.Append("--").Append(changesetBoundary).Append("--").Append(Crlf)
            .Append("--").Append(batchBoundary).Append("--").Append(Crlf);

        var bytes = Encoding.UTF8.GetBytes(body.ToString());
        return bytes.Length <= MaxBodyBytes
            ? (bytes, "multipart/mixed; boundary=" + batchBoundary)
            : throw new ArgumentException($"A transaction body may not exceed 4 MiB; this one has {bytes.Length} bytes.", nameof(actions));
    }

    private static void WriteOperation(StringBuilder body, string baseUri, string tableName, TableTransactionAction action)
    {
        var entity = action.Entity;
        var entityUri = baseUri + "/" + TableKeys.EntityPath(tableName, entity.PartitionKey, entity.RowKey);
        var (method, uri, ifMatch, hasBody) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", baseUri + "/" + tableName, null, true),
            TableTransactionActionType.UpsertMerge => ("PATCH", entityUri, null, true),
            TableTransactionActionType.UpsertReplace => ("PUT", entityUri, null, true),
            TableTransactionActionType.UpdateMerge => ("PATCH", entityUri, RequiredETag(action), true),
            TableTransactionActionType.UpdateReplace => ("PUT", entityUri, RequiredETag(action), true),
            TableTransactionActionType.Delete => ("DELETE", entityUri, TableClient.IfMatchValue(EffectiveETag(action) ?? ETag.All), false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
        };

        body.Append(method).Append(' ').Append(uri).Append(" HTTP/1.1").Append(Crlf)
            .Append("Accept: ").Append(TableRestPipeline.JsonMinimalMetadata).Append(Crlf)
            .Append("DataServiceVersion: 3.0").Append(Crlf);
        if (ifMatch is not null)
        {
            body.Append("If-Match: ").Append(ifMatch).Append(Crlf);
        }

        if (!hasBody)
        {
            body.Append(Crlf);
            return;
        }

        if (action.ActionType == TableTransactionActionType.Add)
        {
            body.Append("Prefer: return-no-content").Append(Crlf);
        }

        body.Append("Content-Type: application/json").Append(Crlf)
            .Append(Crlf)
            .Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append(Crlf);
    }

    private static ETag? EffectiveETag(TableTransactionAction action) =>
        action.ETag != default ? action.ETag
        : action.Entity.ETag != default ? action.Entity.ETag
        : null;

    private static string RequiredETag(TableTransactionAction action) =>
        TableClient.IfMatchValue(EffectiveETag(action) ?? throw new ArgumentException(
            $"{action.ActionType} of ({action.Entity.PartitionKey}, {action.Entity.RowKey}) needs an ETag (or ETag.All).",
            nameof(action)));
}
