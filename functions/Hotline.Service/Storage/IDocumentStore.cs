namespace Hotline.Service.Storage;

/// <summary>
/// Where whole documents (surveys, permits) live, one per id, each written whole. <see cref="SaveAsync"/> writes only if the
/// document is still the one the change was decided on (optimistic concurrency with ETags, as <see cref="ICaseStore"/>).
/// </summary>
/// <typeparam name="TDocument">The domain record stored.</typeparam>
/// <typeparam name="TStored">The document with the ETag it was read or written with.</typeparam>
public interface IDocumentStore<in TDocument, TStored>
    where TStored : IStoredDocument
{
    Task<TStored?> GetAsync(string id, CancellationToken cancellationToken);

    /// <param name="expectedETag">Null to create the document (fails if it exists).</param>
    /// <exception cref="ConcurrencyException">The document changed (or already exists) since it was read.</exception>
    Task<TStored> SaveAsync(TDocument document, string? expectedETag, CancellationToken cancellationToken);
}

/// <summary>What a stored document carries besides itself: the ETag a change must name to overwrite it.</summary>
public interface IStoredDocument
{
    string ETag { get; }
}
