using Azure;
using Azure.Core;

namespace Hotline.Azure.Tables;

/// <summary>
/// Entity operations on one table: add, get, upsert, conditional update and delete, queries with continuation
/// and entity-group transactions. Mirrors the shape of Azure.Data.Tables' <c>TableClient</c> (async only,
/// <see cref="TableEntity"/> only), so moving to the SDK is a small change.
/// </summary>
/// <remarks>Failures throw <see cref="RequestFailedException"/> with the service's status and error code.</remarks>
public sealed partial class TableClient
{
    private readonly TableRestPipeline _rest;

    /// <summary>A client for <paramref name="tableName"/> in the account named by a connection string.</summary>
    /// <exception cref="FormatException">See <see cref="TableConnectionString.Parse"/>.</exception>
    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(TableRestPipeline.FromConnectionString(connectionString, options), tableName)
    {
    }

    /// <summary>A client for <paramref name="tableName"/> at <paramref name="endpoint"/>, signing with a shared key.</summary>
    public TableClient(Uri endpoint, string tableName, TableSharedKeyCredential credential, TableClientOptions? options = null)
        : this(new TableRestPipeline(endpoint, credential, options), tableName)
    {
    }

    internal TableClient(TableRestPipeline rest, string tableName)
    {
        TableKeys.ValidateTableName(tableName);
        _rest = rest;
        Name = tableName;
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>The storage account name.</summary>
    public string AccountName => _rest.AccountName;

    /// <summary>The table's address.</summary>
    public Uri Uri => new(_rest.BaseUri + "/" + Name);

    /// <summary>
    /// An OData filter from an interpolated string whose arguments become literals: strings quoted with quotes
    /// doubled, <c>long</c> as <c>42L</c>, <c>DateTimeOffset</c> as <c>datetime'…'</c>, <c>Guid</c> as
    /// <c>guid'…'</c>, <c>bool</c> as <c>true</c>/<c>false</c>. E.g. <c>$"PartitionKey eq {caseId}"</c>.
    /// </summary>
    public static string CreateQueryFilter(FormattableString filter) => TableQueryFilter.Create(filter);

    /// <summary>Creates this table; an existing table is not an error (status 409 is returned, not thrown).</summary>
    public Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        _rest.CreateTableIfNotExistsAsync(Name, cancellationToken);

    /// <summary>Deletes this table; a missing table is not an error (status 404 is returned).</summary>
    public Task<Response> DeleteAsync(CancellationToken cancellationToken = default) =>
        _rest.DeleteTableAsync(Name, cancellationToken);

    /// <summary>Inserts a new entity; the new ETag is in <c>response.Headers.ETag</c>.</summary>
    /// <exception cref="RequestFailedException">409 <c>EntityAlreadyExists</c> when the keys are taken.</exception>
    public async Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        RequireKeys(entity);
        using var message = _rest.CreateMessage(RequestMethod.Post, Name, TableStatus.Created);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableRestPipeline.SetJsonContent(message.Request, TableEntityJson.Serialize(entity));
        return await _rest.SendAsync(message, cancellationToken);
    }

    /// <summary>Reads one entity; <c>HasValue</c> is false when it does not exist.</summary>
    /// <param name="select">Properties to return (keys always come back); null for all.</param>
    /// <exception cref="RequestFailedException">The table does not exist, or another failure.</exception>
    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = _rest.CreateMessage(RequestMethod.Get, TableKeys.EntityPath(Name, partitionKey, rowKey), TableStatus.OkOrNotFound);
        AppendSelect(message.Request.Uri, select);
        var response = await _rest.SendAsync(message, cancellationToken);
        if (response.Status == 404)
        {
            // Only a missing entity is "absent"; a missing table is a configuration error and must surface.
            return TableRestPipeline.ErrorCode(response) == "TableNotFound"
                ? throw TableErrorParser.CreateException(response)
                : new AbsentResponse<TableEntity>(response);
        }

        return Response.FromValue(TableEntityJson.ReadEntity(response.Content), response);
    }

    /// <summary>Inserts or overwrites without any concurrency check.</summary>
    public async Task<Response> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        RequireKeys(entity);
        using var message = CreateWriteMessage(entity, mode, ifMatch: null);
        return await _rest.SendAsync(message, cancellationToken);
    }

    /// <summary>Updates an existing entity if its ETag still matches <paramref name="ifMatch"/> (<see cref="ETag.All"/> for any).</summary>
    /// <exception cref="RequestFailedException">
    /// 412 <c>UpdateConditionNotSatisfied</c> when someone else changed it; 404 when it does not exist.
    /// </exception>
    public async Task<Response> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        RequireKeys(entity);
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the ETag read earlier, or ETag.All to overwrite unconditionally.", nameof(ifMatch));
        }

        using var message = CreateWriteMessage(entity, mode, ifMatch);
        return await _rest.SendAsync(message, cancellationToken);
    }

    /// <summary>
    /// Deletes an entity if its ETag matches <paramref name="ifMatch"/>; the default deletes unconditionally, as
    /// <see cref="ETag.All"/> does. A missing entity is not an error (status 404 is returned).
    /// </summary>
    /// <exception cref="RequestFailedException">412 when the ETag no longer matches.</exception>
    public async Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = _rest.CreateMessage(RequestMethod.Delete, TableKeys.EntityPath(Name, partitionKey, rowKey), TableStatus.NoContentOrNotFound);
        message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, IfMatchValue(ifMatch == default ? ETag.All : ifMatch));
        var response = await _rest.SendAsync(message, cancellationToken);
        return response.Status == 404 && TableRestPipeline.ErrorCode(response) == "TableNotFound"
            ? throw TableErrorParser.CreateException(response)
            : response;
    }

    private HttpMessage CreateWriteMessage(TableEntity entity, TableUpdateMode mode, ETag? ifMatch)
    {
        var method = mode == TableUpdateMode.Replace ? RequestMethod.Put : RequestMethod.Patch;
        var message = _rest.CreateMessage(method, TableKeys.EntityPath(Name, entity.PartitionKey, entity.RowKey), TableStatus.NoContent);
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, IfMatchValue(etag));
        }

        TableRestPipeline.SetJsonContent(message.Request, TableEntityJson.Serialize(entity));
        return message;
    }

    internal static string IfMatchValue(ETag etag) => etag.ToString("H");

    internal static void RequireKeys(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!entity.HasKeys)
        {
            throw new ArgumentException("The entity needs a PartitionKey and a RowKey.", nameof(entity));
        }
    }
}
