using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>
/// Reading and changing one stored document (survey, permit) by the id in the URL: not found is 404, and a change that
/// lost a race with another writer is decided again on what that writer stored.
/// </summary>
public static class StoredDocuments
{
    /// <summary>How often a change is decided before it gives up on a document that keeps changing.</summary>
    public const int Attempts = 3;

    /// <summary>Ids this API issues (prefix-yyyyMMdd-xxxxxxxx); anything else is simply not found, and never reaches the store's key checks.</summary>
    public static bool IsId(string? id) => id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public static async Task<TStored?> FindAsync<TDocument, TStored>(IDocumentStore<TDocument, TStored> store, string id, CancellationToken cancellationToken)
        where TStored : class, IStoredDocument
    {
        ArgumentNullException.ThrowIfNull(store);
        return IsId(id) ? await store.GetAsync(id, cancellationToken) : null;
    }

    /// <summary>The answer from the stored document, or 404 naming <paramref name="kind"/> and the id.</summary>
    public static async Task<IResult> LoadAsync<TDocument, TStored>(
        IDocumentStore<TDocument, TStored> store, string kind, string id, Func<TStored, Task<IResult>> found, CancellationToken cancellationToken)
        where TStored : class, IStoredDocument
    {
        ArgumentNullException.ThrowIfNull(found);
        return await FindAsync(store, id, cancellationToken) is { } stored ? await found(stored) : Problems.NotFound($"{kind} {id}");
    }

    /// <inheritdoc cref="LoadAsync{TDocument, TStored}(IDocumentStore{TDocument, TStored}, string, string, Func{TStored, Task{IResult}}, CancellationToken)"/>
    public static Task<IResult> LoadAsync<TDocument, TStored>(
        IDocumentStore<TDocument, TStored> store, string kind, string id, Func<TStored, IResult> found, CancellationToken cancellationToken)
        where TStored : class, IStoredDocument
    {
        ArgumentNullException.ThrowIfNull(found);
        return LoadAsync(store, kind, id, stored => Task.FromResult(found(stored)), cancellationToken);
    }

    /// <summary>
    /// Loads the document (404 when there is none) and lets <paramref name="decideAndSave"/> decide and write it with the
    /// ETag read. When the write finds the document changed (<see cref="ConcurrencyException"/>), it starts again from the
    /// read, up to <see cref="Attempts"/> times; then <paramref name="gaveUp"/> answers, or the exception goes up when null.
    /// </summary>
    public static async Task<IResult> ChangeAsync<TDocument, TStored>(
        IDocumentStore<TDocument, TStored> store,
        string kind,
        string id,
        Func<TStored, Task<IResult>> decideAndSave,
        Func<ConcurrencyException, IResult>? gaveUp,
        CancellationToken cancellationToken)
        where TStored : class, IStoredDocument
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await LoadAsync(store, kind, id, decideAndSave, cancellationToken);
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Someone else wrote first: decide again on the document as it is now.
            }
            catch (ConcurrencyException e) when (gaveUp is not null)
            {
                return gaveUp(e);
            }
        }
    }
}
