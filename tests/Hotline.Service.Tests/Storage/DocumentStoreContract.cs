using Hotline.Service.Storage;

namespace Hotline.Service.Tests.Storage;

/// <summary>
/// What every <see cref="IDocumentStore{TDocument, TStored}"/> contract shares: an empty store per test, the fixed instant,
/// and that an id never stored reads as null. The typed contracts (permits, surveys) add their documents' cases.
/// </summary>
public abstract class DocumentStoreContract<TStore, TDocument, TStored>
    where TStore : IDocumentStore<TDocument, TStored>
    where TStored : IStoredDocument
{
    protected static readonly CancellationToken None = CancellationToken.None;
    protected static readonly DateTimeOffset At = StoreFixtures.Monday;

    protected abstract Task<TStore> CreateStoreAsync();

    [Fact]
    public async Task Get_Unknown_IsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync("doc-nope", None));
    }
}
