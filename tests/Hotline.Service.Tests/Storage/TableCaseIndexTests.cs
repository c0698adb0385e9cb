using Azure.Data.Tables;
using Hotline.Azure.Storage;
using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Service.Storage;
using Hotline.Service.Tests.Orchestration;
using Hotline.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>What only the Table layout of the index can show: keys that travel in URLs, rows written beside the commit.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TableCaseIndexTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _prefix = UniqueTableName.Create("x");

    private TableServiceClient Client => TableStorage.CreateClient(azurite.ConnectionString);

    private async Task<TableCaseStore> StoreAsync(string? indexKey = null)
    {
        var store = new TableCaseStore(Client, _prefix, indexKey);
        await store.CreateTablesAsync();
        return store;
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task SearchRows_HoldNoPhoneDigitsInAnyKey_AndTheCallerIsStillFound()
    {
        // Keys are written into request URLs (entity paths, $filter), so into storage and SDK logs.
        var store = await StoreAsync();
        await store.CommitAsync(Create(Intake(Id(1), Monday)), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday.AddMinutes(1))), None);

        var keys = new List<string>();
        await foreach (var row in Client.GetTableClient(_prefix + "CaseSearch").QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add(row.PartitionKey + "/" + row.RowKey);
        }

        Assert.Contains(keys, k => k.StartsWith("phone-", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains("13912345678", StringComparison.Ordinal) || k.Contains("1234567", StringComparison.Ordinal));
        Assert.Equal([Id(2), Id(1)], (await store.ByPhoneAsync(Caller.Phone!.Value, 10, null, None)).Ids);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task GeneratedIndexKey_IsSharedByEveryHostOfTheDeployment_AConfiguredOneKeysDifferently()
    {
        var first = await StoreAsync();
        await first.CommitAsync(Create(Intake(Id(1), Monday)), None);

        // Another host on the same tables (the Functions app beside the local host) reads the stored key, not a new one.
        var second = new TableCaseStore(Client, _prefix);
        Assert.Equal([Id(1)], (await second.ByPhoneAsync(Caller.Phone!.Value, 10, null, None)).Ids);

        // A configured key is another deployment's secret: the partition differs, so the rows written above are not found by it.
        var configured = new TableCaseStore(Client, _prefix, "a-deployment-secret-of-32-chars!");
        Assert.Empty((await configured.ByPhoneAsync(Caller.Phone!.Value, 10, null, None)).Ids);
        await configured.CommitAsync(Create(Intake(Id(2), Monday.AddMinutes(1))), None);
        Assert.Equal([Id(2)], (await configured.ByPhoneAsync(Caller.Phone!.Value, 10, null, None)).Ids);
        Assert.Throws<ArgumentException>(() => new TableCaseStore(Client, _prefix, "short"));
    }

    [Fact]
    public async Task ClosedCase_ALateWriterOfTheOpenVersion_DoesNotBringItsRowBack()
    {
        // The reconciler's rebuild read the case open, then the closing commit landed and wrote its row; the rebuild writes last.
        var store = await StoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        await store.CommitAsync(new CaseCommit(Closed(intake.State), created.ETag, [], []), None);

        await store.WriteOpenAsync(intake.State, None);

        Assert.DoesNotContain(Id(1), (await store.OpenAsync(None)).Select(o => o.Id));
    }

    [Fact]
    public async Task ARowLeftForAClosedCase_ByACrashBeforeTheIndexWrite_IsSweptByTheReconciler()
    {
        var store = await StoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var open = Client.GetTableClient(_prefix + "OpenCases");
        var before = (await open.GetEntityAsync<TableEntity>(intake.State.ProfileId, Id(1).Value)).Value;
        await store.CommitAsync(new CaseCommit(Closed(intake.State), created.ETag, [], []), None);

        // What a crash between the closing transaction and the index write leaves: the open row of the version before.
        await open.UpsertEntityAsync(before, TableUpdateMode.Replace);
        Assert.Contains(Id(1), (await store.OpenAsync(None)).Select(o => o.Id));

        var reconciler = new CaseReconciler(store, TimeProvider.System, NullLogger<CaseReconciler>.Instance);
        Assert.Equal(1, await reconciler.RunAsync(new RecordingOrchestrations(), None));

        Assert.DoesNotContain(Id(1), (await store.OpenAsync(None)).Select(o => o.Id));
        Assert.Equal(0, await store.SweepOpenAsync(100, None));
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task CrashAfterTheCreatingTransaction_TheCaseIsStillFoundBySearchAndList()
    {
        // The report projection, written after the case transaction, fails (its table is gone): the commit throws with the
        // case stored. Search and list rows were written before the transaction, so the case is not lost to them.
        var store = await StoreAsync();
        await Client.DeleteTableAsync(_prefix + "CaseReports");

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CommitAsync(Create(Intake(Id(1), Monday)), None));

        Assert.NotNull(await store.GetAsync(Id(1), None));
        Assert.Equal([Id(1)], (await store.ByPhoneAsync(Caller.Phone!.Value, 10, null, None)).Ids);
        Assert.Equal([Id(1)], (await store.ByLastDigitsAsync("0001", 10, null, None)).Ids);
        Assert.Equal([Id(1)], (await store.ListAsync(new CaseQuery(), None)).Items.Select(s => s.Id));
    }

    [Fact]
    public async Task ACommitThatChangesNoIndexColumn_WritesNoIndexRow_AndTheSweepRepairsARowLeftBehindByACrash()
    {
        var store = await StoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var open = Client.GetTableClient(_prefix + "OpenCases");
        var search = Client.GetTableClient(_prefix + "CaseSearch");
        async Task<int?> OpenVersion() => (await open.GetEntityAsync<TableEntity>(intake.State.ProfileId, Id(1).Value)).Value.GetInt32("Version");
        async Task<int?> ListVersion() => (await search.QueryAsync<TableEntity>($"PartitionKey ge 'list-' and PartitionKey lt 'list.'").FirstAsync()).GetInt32("Version");

        // A progress note: nothing the list or the open-case readers use changes, so neither row is rewritten.
        var noted = intake.State with { Details = "业主补充：楼下也有渗水", Version = intake.State.Version + 1 };
        var second = await store.CommitAsync(new CaseCommit(noted, created.ETag, [], [], intake.State), None);
        Assert.Equal(intake.State.Version, await OpenVersion());
        Assert.Equal(intake.State.Version, await ListVersion());

        // A commit that does change them (in progress), whose index write a crash lost: the row still says dispatched.
        var staleRow = (await open.GetEntityAsync<TableEntity>(intake.State.ProfileId, Id(1).Value)).Value;
        var started = noted with { Status = CaseStatus.InProgress, Version = noted.Version + 1 };
        await store.CommitAsync(new CaseCommit(started, second.ETag, [], [], noted), None);
        await open.UpsertEntityAsync(staleRow, TableUpdateMode.Replace);
        Assert.Equal(CaseStatus.Dispatched, (await store.OpenAsync(None)).Single().Status);

        // The sweep compares the row's columns with the case, not versions: it rewrites the lost write.
        Assert.Equal(1, await store.SweepOpenAsync(100, None));
        Assert.Equal(CaseStatus.InProgress, (await store.OpenAsync(None)).Single().Status);
        Assert.Equal(0, await store.SweepOpenAsync(100, None));
    }

    private static CaseState Closed(CaseState state) => state with { Status = CaseStatus.Closed, Version = state.Version + 1 };
}
