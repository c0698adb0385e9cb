using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hotline.Azure.Storage;
using Hotline.Service.Storage;
using Hotline.Testing;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>The contract on a real Table service (Azurite), plus what only the Table layout can show.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TableCaseStoreTests(AzuriteFixture azurite) : CaseStoreContract
{
    private readonly string _prefix = UniqueTableName.Create("s");

    protected override async Task<ICaseStore> CreateStoreAsync()
    {
        var store = new TableCaseStore(TableStorage.CreateClient(azurite.ConnectionString), _prefix);
        await store.CreateTablesAsync();
        return store;
    }

    [Fact]
    public async Task LargeSnapshot_IsSplitAcrossColumns_AndReadBackWhole()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var large = intake.State with { Details = string.Concat(Enumerable.Repeat("楼上漏水，天花板渗水严重。", 8_000)) };

        await store.CommitAsync(Create(intake) with { State = large }, None);

        Assert.Equal(Json(large), Json((await store.GetAsync(Id(1), None))!.State));
    }

    [Fact]
    public async Task Commit_OverOneHundredRows_IsRefusedBeforeAnyWrite()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var outbox = Enumerable.Range(1, 100).Select(i => TextMessage(intake.State, i, Monday)).ToArray();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CommitAsync(Create(intake, outbox), None));

        Assert.Contains("100", ex.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(Id(1), None));
        Assert.Empty(await store.OutboxAsync(Id(1), None));
    }

    [Fact]
    public async Task ClosedPort_ThrowsStorageUnavailableWithinSeconds()
    {
        // The hosts' own client options: an unreachable account must fail fast, not after the SDK's default minutes.
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
                               $"TableEndpoint=http://127.0.0.1:{ClosedPort()}/{AzuriteProcess.AccountName};";
        var store = new TableCaseStore(TableStorage.CreateClient(connectionString), "s");
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.GetAsync(Id(1), None));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CommitAsync(Create(Intake(Id(1), Monday)), None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
