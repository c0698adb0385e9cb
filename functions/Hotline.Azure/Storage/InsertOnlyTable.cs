using Azure;
using Azure.Data.Tables;

namespace Hotline.Azure.Storage;

/// <summary>
/// A table of whole documents (JSON via <see cref="DocumentRows"/>) that are inserted and never replaced: a second insert
/// of the same row fails with 409 and reports <c>false</c>, which is the create-if-absent that lets two hosts race and
/// still write once. No ETags, unlike <see cref="TableDocumentStore{TDocument, TStored}"/>, whose saves replace.
/// </summary>
internal sealed class InsertOnlyTable(TableServiceClient service, string tableName)
{
    private readonly TableClient _table = service.GetTableClient(tableName);

    public Task CreateAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    /// <summary>The document in row <paramref name="partition"/>/<paramref name="row"/>, or null; the caller validates the keys.</summary>
    public Task<T?> GetAsync<T>(string partition, string row, CancellationToken cancellationToken)
        where T : class =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var found = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
                return found.HasValue && found.Value is { } e ? DocumentRows.Read<T>(e) : null;
            },
            cancellationToken);

    /// <summary>Whether the row exists, reading only its key.</summary>
    public Task<bool> ExistsAsync(string partition, string row, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () => (await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, ["PartitionKey"], cancellationToken)).HasValue,
            cancellationToken);

    /// <summary>Every document whose row matches the OData <paramref name="filter"/>, in table order.</summary>
    public Task<IReadOnlyList<T>> QueryAsync<T>(string filter, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var list = new List<T>();
                await foreach (var e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    list.Add(DocumentRows.Read<T>(e));
                }

                return (IReadOnlyList<T>)list;
            },
            cancellationToken);

    /// <summary>
    /// Writes <paramref name="document"/> into <paramref name="entity"/> (whose keys and extra columns the caller set) and
    /// inserts it: true if this call wrote the row, false if it was there already.
    /// </summary>
    public Task<bool> TryInsertAsync<T>(TableEntity entity, T document, CancellationToken cancellationToken)
    {
        DocumentRows.Write(entity, document);
        TableKeys.Validate(entity);
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await _table.AddEntityAsync(entity, cancellationToken);
                    return true;
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    return false;
                }
            },
            cancellationToken);
    }
}
