using Azure;
using Azure.Data.Tables;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

/// <summary>
/// Whole documents (surveys, permits) in one table: one partition, one row per document keyed by its id, the document as
/// JSON (<see cref="DocumentRows"/>) plus the columns its lists filter on (<see cref="Columns"/>). Saves are guarded by
/// the row's ETag: a create fails if the row exists, a replace if it changed or is gone.
/// </summary>
/// <param name="noun">The document's name in messages, lower case ("permit", "survey").</param>
public abstract class TableDocumentStore<TDocument, TStored>(TableServiceClient service, string tableName, string partition, string noun)
    : IDocumentStore<TDocument, TStored>
    where TDocument : class
    where TStored : class, IStoredDocument
{
    private readonly TableClient _table = service.GetTableClient(tableName);

    protected string Partition => partition;

    public Task CreateTableAsync(CancellationToken cancellationToken = default) =>
        StorageErrors.GuardAsync(() => _table.CreateIfNotExistsAsync(cancellationToken), cancellationToken);

    public Task<TStored?> GetAsync(string id, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var row = await _table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.Validate(id, nameof(id)), cancellationToken: cancellationToken);
                return row.HasValue && row.Value is { } e ? Read(e) : null;
            },
            cancellationToken);

    public Task<TStored> SaveAsync(TDocument document, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = IdOf(document);
        var entity = new TableEntity(partition, TableKeys.Validate(id, "Id"));
        Columns(entity, document);
        DocumentRows.Write(entity, document);
        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    var response = expectedETag is null
                        ? await _table.AddEntityAsync(entity, cancellationToken)
                        : await _table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
                    return Stored(document, response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"No ETag for {noun} {id}."));
                }
                catch (RequestFailedException e) when (DocumentRows.IsConflict(e))
                {
                    throw new ConcurrencyException($"{noun[..1].ToUpperInvariant()}{noun[1..]} {id} changed since it was read.", e);
                }
            },
            cancellationToken);
    }

    /// <summary>The documents whose rows match <paramref name="filter"/> (an OData filter naming <see cref="Partition"/>), in the store's order.</summary>
    protected Task<IReadOnlyList<TStored>> QueryAsync(string filter, Func<IEnumerable<TStored>, IEnumerable<TStored>> order, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                var found = new List<TStored>();
                await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                    found.Add(Read(row));
                }

                return (IReadOnlyList<TStored>)[.. order(found)];
            },
            cancellationToken);

    protected abstract string IdOf(TDocument document);

    protected abstract TStored Stored(TDocument document, string etag);

    /// <summary>The columns lists filter on, set on the row before the JSON.</summary>
    protected abstract void Columns(TableEntity entity, TDocument document);

    private TStored Read(TableEntity entity) => Stored(DocumentRows.Read<TDocument>(entity), entity.ETag.ToString());
}
