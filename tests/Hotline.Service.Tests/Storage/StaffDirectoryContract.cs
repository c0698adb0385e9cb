using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Service.Tests.Storage;

/// <summary>What every <see cref="IStaffDirectory"/> promises, run against each implementation; each test gets an empty directory.</summary>
public abstract class StaffDirectoryContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<IStaffDirectory> CreateDirectoryAsync();

    [Fact]
    public async Task Upsert_ThenGet_ReturnsEveryField()
    {
        var directory = await CreateDirectoryAsync();
        var record = Record("dgm-li", "李副总", "13900000001", "office", "gm", ApiKeys.Hash("hk_secret"), Role.DeputyGeneralManager, Role.Manager);

        await directory.UpsertAsync(record, None);
        var read = await directory.GetAsync(StaffId.Parse("dgm-li"), None);

        Assert.NotNull(read);
        AssertSame(record, read);
    }

    [Fact]
    public async Task Upsert_PhoneOfAnotherMember_RefusedAndNothingChanged()
    {
        var directory = await CreateDirectoryAsync();
        await directory.UpsertAsync(Record("eng-1", "王师傅", "13900000002", "engineering", null, null, Role.Responsible), None);
        await directory.UpsertAsync(Record("sec-1", "周", "13900000003", "security", null, null, Role.Responsible), None);

        var taken = await Assert.ThrowsAsync<PhoneTakenException>(() =>
            directory.UpsertAsync(Record("sec-1", "周", "13900000002", "security", null, null, Role.Responsible), None));
        var newcomer = await Assert.ThrowsAsync<PhoneTakenException>(() =>
            directory.UpsertAsync(Record("new-1", "新人", "+8613900000002", "cleaning", null, null, Role.Responsible), None));

        Assert.Equal(StaffId.Parse("eng-1"), taken.Holder);
        Assert.Equal(StaffId.Parse("eng-1"), newcomer.Holder);
        Assert.Equal("13900000003", (await directory.GetAsync(StaffId.Parse("sec-1"), None))!.Member.Phone.E164[^11..]);
        Assert.Null(await directory.GetAsync(StaffId.Parse("new-1"), None));
        Assert.Equal(StaffId.Parse("eng-1"), (await directory.FindByPhoneAsync(PhoneNumber.Parse("13900000002"), None))!.Member.Id);
    }

    [Fact]
    public async Task Upsert_SameMemberKeepsTheirOwnPhone()
    {
        var directory = await CreateDirectoryAsync();
        await directory.UpsertAsync(Record("eng-1", "王师傅", "13900000002", "engineering", null, null, Role.Responsible), None);

        await directory.UpsertAsync(Record("eng-1", "王师傅", "13900000002", "security", null, null, Role.Supervisor), None);

        Assert.Equal("security", (await directory.GetAsync(StaffId.Parse("eng-1"), None))!.Member.Unit);
    }

    [Fact]
    public async Task Get_Unknown_IsNull()
    {
        var directory = await CreateDirectoryAsync();

        Assert.Null(await directory.GetAsync(StaffId.Parse("nobody"), None));
        Assert.Null(await directory.FindByPhoneAsync(PhoneNumber.Parse("13900000009"), None));
        Assert.Null(await directory.FindByApiKeyHashAsync(ApiKeys.Hash("hk_unknown"), None));
    }

    [Fact]
    public async Task Upsert_Existing_ReplacesTheWholeRecord()
    {
        var directory = await CreateDirectoryAsync();
        var hash = ApiKeys.Hash("hk_old");
        await directory.UpsertAsync(Record("eng-1", "王师傅", "13900000002", "engineering", "eng-head", hash, Role.Responsible), None);

        // Moved to security, off duty, key revoked.
        var moved = new StaffRecord(
            new StaffMember(StaffId.Parse("eng-1"), "王师傅", PhoneNumber.Parse("13900000002"), new HashSet<Role> { Role.Supervisor }, "security", null, OnDuty: false),
            null);
        await directory.UpsertAsync(moved, None);

        AssertSame(moved, (await directory.GetAsync(StaffId.Parse("eng-1"), None))!);
        Assert.Null(await directory.FindByApiKeyHashAsync(hash, None));
        Assert.Single(await directory.ListAsync(None));
    }

    [Fact]
    public async Task List_ReturnsEveryoneInIdOrder()
    {
        var directory = await CreateDirectoryAsync();
        foreach (var (id, phone) in new[] { ("mgr", "13900000003"), ("agent-2", "13900000004"), ("agent-1", "13900000005"), ("Zhang", "13900000006") })
        {
            await directory.UpsertAsync(Record(id, id, phone, "hotline", null, null, Role.Agent), None);
        }

        var listed = await directory.ListAsync(None);

        Assert.Equal(["Zhang", "agent-1", "agent-2", "mgr"], listed.Select(r => r.Member.Id.Value));
    }

    [Fact]
    public async Task FindByPhone_AnyWritingOfTheNumber_FindsTheMember()
    {
        var directory = await CreateDirectoryAsync();
        await directory.UpsertAsync(Record("agent-1", "陈专员", "13900000007", "hotline", null, null, Role.Agent), None);
        await directory.UpsertAsync(Record("agent-2", "林专员", "13900000008", "hotline", null, null, Role.Agent), None);

        var found = await directory.FindByPhoneAsync(PhoneNumber.Parse("+86 139 0000 0008"), None);

        Assert.Equal("agent-2", found?.Member.Id.Value);
    }

    [Fact]
    public async Task FindByApiKeyHash_FindsTheKeyHolderOnly()
    {
        var directory = await CreateDirectoryAsync();
        await directory.UpsertAsync(Record("agent-1", "陈专员", "13900000007", "hotline", null, ApiKeys.Hash("hk_one"), Role.Agent), None);
        await directory.UpsertAsync(Record("agent-2", "林专员", "13900000008", "hotline", null, ApiKeys.Hash("hk_two"), Role.Agent), None);
        await directory.UpsertAsync(Record("agent-3", "周专员", "13900000009", "hotline", null, null, Role.Agent), None);

        Assert.Equal("agent-2", (await directory.FindByApiKeyHashAsync(ApiKeys.Hash("hk_two"), None))?.Member.Id.Value);
        Assert.Null(await directory.FindByApiKeyHashAsync(ApiKeys.Hash("hk_three"), None));
    }

    private static StaffRecord Record(string id, string name, string phone, string unit, string? manager, string? apiKeyHash, params Role[] roles) =>
        new(new StaffMember(StaffId.Parse(id), name, PhoneNumber.Parse(phone), roles.ToHashSet(), unit, manager is null ? null : StaffId.Parse(manager), OnDuty: true),
            apiKeyHash);

    /// <summary>Field by field: the roles set has no value equality of its own.</summary>
    private static void AssertSame(StaffRecord expected, StaffRecord actual)
    {
        var (e, a) = (expected.Member, actual.Member);
        Assert.Equal((e.Id, e.Name, e.Phone, e.Unit, e.ManagerId, e.OnDuty, expected.ApiKeyHash), (a.Id, a.Name, a.Phone, a.Unit, a.ManagerId, a.OnDuty, actual.ApiKeyHash));
        Assert.Equal(e.Roles.Order(), a.Roles.Order());
    }
}
