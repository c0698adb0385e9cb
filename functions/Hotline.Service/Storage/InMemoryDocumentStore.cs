namespace Hotline.Service.Storage;

/// <summary>
/// Whole documents in memory keyed by id, with the ETag check of <see cref="IDocumentStore{TDocument, TStored}"/>; the typed
/// stores add their lists over <see cref="Snapshot"/>.
/// </summary>
/// <param name="kind">The document's name in conflict messages ("Permit", "Survey").</param>
/// <param name="idOf">The document's id.</param>
/// <param name="stored">The document with a new ETag, as the store hands it back.</param>
public abstract class InMemoryDocumentStore<TDocument, TStored>(string kind, Func<TDocument, string> idOf, Func<TDocument, string, TStored> stored)
    : IDocumentStore<TDocument, TStored>
    where TDocument : class
    where TStored : class, IStoredDocument
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TStored> _documents = new(StringComparer.Ordinal);
    private long _tag;

    public Task<TStored?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.GetValueOrDefault(id));
        }
    }

    public Task<TStored> SaveAsync(TDocument document, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = idOf(document);
        lock (_gate)
        {
            var existing = _documents.GetValueOrDefault(id);
            if (expectedETag is null ? existing is not null : existing?.ETag != expectedETag)
            {
                throw new ConcurrencyException($"{kind} {id} changed since it was read.");
            }

            var saved = stored(document, $"W/\"{++_tag}\"");
            _documents[id] = saved;
            return Task.FromResult(saved);
        }
    }

    /// <summary>Every document as stored now, for the typed stores' lists to filter and order.</summary>
    protected IReadOnlyList<TStored> Snapshot()
    {
        lock (_gate)
        {
            return [.. _documents.Values];
        }
    }
}
