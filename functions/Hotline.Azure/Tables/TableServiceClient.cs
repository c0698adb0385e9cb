using Azure;

namespace Hotline.Azure.Tables;

/// <summary>
/// Account-level Table operations (create and delete tables) and the factory of <see cref="TableClient"/>s,
/// which share this client's pipeline. Mirrors the shape of Azure.Data.Tables' client of the same name.
/// </summary>
public sealed class TableServiceClient
{
    private readonly TableRestPipeline _rest;

    /// <summary>A client for the account named by a storage connection string.</summary>
    /// <exception cref="FormatException">See <see cref="TableConnectionString.Parse"/>.</exception>
    public TableServiceClient(string connectionString, TableClientOptions? options = null)
    {
        _rest = TableRestPipeline.FromConnectionString(connectionString, options);
    }

    /// <summary>A client for the Table service at <paramref name="endpoint"/>, signing with a shared key.</summary>
    public TableServiceClient(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options = null)
    {
        _rest = new TableRestPipeline(endpoint, credential, options);
    }

    /// <summary>The storage account name.</summary>
    public string AccountName => _rest.AccountName;

    /// <summary>The Table service endpoint.</summary>
    public Uri Uri => _rest.Endpoint;

    /// <summary>A client for one table, sharing this client's pipeline (retries, transport, credential).</summary>
    /// <exception cref="ArgumentException">The name breaks the table naming rules.</exception>
    public TableClient GetTableClient(string tableName) => new(_rest, tableName);

    /// <summary>Creates the table; an existing table is not an error (status 409 is returned, not thrown).</summary>
    public Task<Response> CreateTableIfNotExistsAsync(string tableName, CancellationToken cancellationToken = default)
    {
        TableKeys.ValidateTableName(tableName);
        return _rest.CreateTableIfNotExistsAsync(tableName, cancellationToken);
    }

    /// <summary>Deletes the table and all its entities; a missing table is not an error (status 404 is returned).</summary>
    public Task<Response> DeleteTableAsync(string tableName, CancellationToken cancellationToken = default)
    {
        TableKeys.ValidateTableName(tableName);
        return _rest.DeleteTableAsync(tableName, cancellationToken);
    }

    /// <inheritdoc cref="TableClient.CreateQueryFilter"/>
    public static string CreateQueryFilter(FormattableString filter) => TableQueryFilter.Create(filter);
}
