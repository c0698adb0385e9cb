using Hotline.Service.Storage;

namespace Hotline.Service.Tests.Storage;

public sealed class InMemoryCaseStoreTests : CaseStoreContract
{
    protected override Task<ICaseStore> CreateStoreAsync() => Task.FromResult<ICaseStore>(new InMemoryCaseStore());
}
