using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Directory;

namespace Hotline.Service.Tests.Storage;

/// <summary>The cached directory keeps the directory's contract, and is never staler than its freshness window.</summary>
public sealed class CachedStaffDirectoryTests : StaffDirectoryContract
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));

    protected override Task<IStaffDirectory> CreateDirectoryAsync() =>
        Task.FromResult<IStaffDirectory>(new CachedStaffDirectory(new InMemoryStaffDirectory(), _clock));

    [Fact]
    public async Task ChangeMadeElsewhere_SeenOnceTheCopyIsOlderThanItsFreshness()
    {
        var table = new InMemoryStaffDirectory();
        using var cached = new CachedStaffDirectory(table, _clock);
        Assert.Empty(await cached.ListAsync(CancellationToken.None));
        var member = Hotline.Testing.TestOrg.Directory[0];
        await table.UpsertAsync(new StaffRecord(member, ApiKeys.Hash("k")), CancellationToken.None); // another host's write

        Assert.Null(await cached.FindByApiKeyHashAsync(ApiKeys.Hash("k"), CancellationToken.None));
        _clock.Advance(CachedStaffDirectory.Freshness);

        Assert.Equal(member.Id, (await cached.FindByApiKeyHashAsync(ApiKeys.Hash("k"), CancellationToken.None))?.Member.Id);
    }
}
