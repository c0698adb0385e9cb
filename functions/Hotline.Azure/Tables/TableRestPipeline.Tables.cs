using Azure;
using Azure.Core;

namespace Hotline.Azure.Tables;

internal sealed partial class TableRestPipeline
{
    public async Task<Response> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Post, "Tables", TableStatus.CreatedOrConflict);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJsonContent(message.Request, TableEntityJson.SerializeTableName(tableName));
        var response = await SendAsync(message, cancellationToken);

        // 409 is only "already there" for TableAlreadyExists; e.g. TableBeingDeleted must surface.
        if (response.Status == 409 && ErrorCode(response) != "TableAlreadyExists")
        {
            throw TableErrorParser.CreateException(response);
        }

        return response;
    }

    public async Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Delete, $"Tables('{tableName}')", TableStatus.NoContentOrNotFound);
        return await SendAsync(message, cancellationToken);
    }

    /// <summary>The service's error code, from the header or, failing that, the OData error body.</summary>
    public static string? ErrorCode(Response response) =>
        TableErrorParser.Instance.TryParse(response, out var error, out _) ? error?.Code : null;
}
