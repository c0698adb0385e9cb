using Hotline.Azure.Storage;
using Hotline.Domain.Permits;
using Hotline.Service.Storage;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

/// <summary>What every <see cref="IPermitStore"/> promises (R-SV-1), run against each implementation; each test gets an empty store.</summary>
[Trait("Rule", "R-SV-1")]
public abstract class PermitStoreContract : DocumentStoreContract<IPermitStore, ReleasePermit, StoredPermit>
{
    [Fact]
    public async Task Create_ThenGet_ReturnsThePermitWithItsAuthorisation()
    {
        var store = await CreateStoreAsync();
        var permit = Issue("rp-1", At, authorised: true);

        var saved = await store.SaveAsync(permit, null, None);
        var read = await store.GetAsync("rp-1", None);

        Assert.NotNull(read);
        Assert.Equal(saved.ETag, read.ETag);
        Assert.Equal(permit, read.Permit);
        Assert.True(read.Permit.AuthorisationAttached);
        Assert.Equal("王五", read.Permit.Request.Authorisation!.AuthorisedPerson);
    }

    [Fact]
    public async Task Create_Twice_IsAConflict()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Issue("rp-1", At), null, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(Issue("rp-1", At.AddHours(1)), null, None));
        Assert.Equal(At, (await store.GetAsync("rp-1", None))!.Permit.IssuedUtc);
    }

    [Fact]
    public async Task HandBack_WithAStaleETag_IsAConflict_AndTheCopyStaysOut()
    {
        var store = await CreateStoreAsync();
        var issued = await store.SaveAsync(Issue("rp-1", At), null, None);
        var filed = await store.SaveAsync(PermitFiling.HandBack(issued.Permit, At.AddDays(10)), issued.ETag, None);

        Assert.NotEqual(issued.ETag, filed.ETag);
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(PermitFiling.HandBack(issued.Permit, At.AddDays(11)), issued.ETag, None));
        Assert.Equal(At.AddDays(10), (await store.GetAsync("rp-1", None))!.Permit.SecurityCopyFiledUtc);
    }

    [Fact]
    public async Task List_InIssueOrder_OnlyCopiesOut_WhenAsked()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Issue("rp-b", At.AddDays(-12)), null, None);
        var a = await store.SaveAsync(Issue("rp-a", At.AddDays(-11)), null, None);
        await store.SaveAsync(Issue("rp-c", At.AddDays(-1)), null, None);
        await store.SaveAsync(Issue("rp-x", At.AddDays(-20), profile: "property-hotline"), null, None);
        await store.SaveAsync(PermitFiling.HandBack(a.Permit, At), a.ETag, None);

        var all = await store.ListAsync(new PermitQuery("park-dispatch"), None);
        var copiesOut = await store.ListAsync(new PermitQuery("park-dispatch", OnlyCopyOut: true), None);
        var recent = await store.ListAsync(new PermitQuery("park-dispatch", IssuedFromUtc: At.AddDays(-11)), None);

        Assert.Equal(["rp-b", "rp-a", "rp-c"], all.Select(p => p.Permit.Id));
        Assert.Equal(["rp-b", "rp-c"], copiesOut.Select(p => p.Permit.Id));
        Assert.Equal(["rp-a", "rp-c"], recent.Select(p => p.Permit.Id));

        // The overdue reminder over what the store returns: copies out 10 days or more (park-dispatch's period).
        Assert.Equal(["rp-b"], PermitFiling.Overdue(copiesOut.Select(p => p.Permit), At, everyDays: 10).Select(p => p.Id));
    }

    private static ReleasePermit Issue(string id, DateTimeOffset at, bool authorised = false, string profile = "park-dispatch")
    {
        var today = DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var request = authorised
            ? new PermitRequest("3栋1201", "旧沙发一套", true, PermitApplicant.Other, "王五", IdShown: true, SignedByApplicant: true,
                new WrittenAuthorisation(SignedByOwner: true, OwnerIdCopyAttached: true, "王五", today, "旧沙发一套"))
            : new PermitRequest("3栋1201", "纸箱两个", false, PermitApplicant.Owner, "张三丰", IdShown: true, SignedByApplicant: true, null);
        var (permit, refusal) = ReleasePermitRules.Issue(id, profile, request, StoreFixtures.Actor("agent1"), at, today);
        return permit ?? throw new InvalidOperationException($"Fixture refused: {refusal}");
    }
}

public sealed class InMemoryPermitStoreTests : PermitStoreContract
{
    protected override Task<IPermitStore> CreateStoreAsync() => Task.FromResult<IPermitStore>(new InMemoryPermitStore());
}

[Collection(AzuriteFixture.CollectionName)]
public sealed class TablePermitStoreTests(AzuriteFixture azurite) : PermitStoreContract
{
    protected override async Task<IPermitStore> CreateStoreAsync()
    {
        var store = new TablePermitStore(TableStorage.CreateClient(azurite.ConnectionString), UniqueTableName.Create("p"));
        await store.CreateTableAsync();
        return store;
    }
}
