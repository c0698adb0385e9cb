using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Hotline.Azure.Storage;
using Hotline.Azure.Tables;
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
        var store = new TableCaseStore(new TableServiceClient(azurite.ConnectionString), _prefix);
        await store.CreateTablesAsync();
        return store;
    }

    [Fact]
    public async Task StaleWakeUpRow_IsReturned_AndCompletingItKeepsTheCurrentOne()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake), None);
        var current = intake.State.NextWakeUtc!.Value;

        // What a crash between the wake-up upsert and a failed transaction leaves behind: a row for a time the case no longer waits for.
        var stale = current.AddMinutes(-7);
        await Table("WakeUps").UpsertEntityAsync(new TableEntity(Bucket(stale), Id(1).Value) { ["DueUtc"] = stale });

        var due = await store.DueWakeUpsAsync(current, 10, None);
        Assert.Equal([stale, current], due.Select(w => w.DueUtc));

        await store.CompleteWakeUpAsync(due[0], None);

        Assert.Equal(current, (await store.DueWakeUpsAsync(current, 10, None)).Single().DueUtc);
    }

    [Fact]
    public async Task CompleteWakeUp_RowSetAgainSinceItWasRead_Stays()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake), None);
        var due = intake.State.NextWakeUtc!.Value;
        var fired = (await store.DueWakeUpsAsync(due, 10, None)).Single();

        // A commit re-set the same minute's row meanwhile (same keys, new ETag).
        var later = due.AddSeconds(30);
        Assert.Equal(Bucket(due), Bucket(later));
        await Table("WakeUps").UpsertEntityAsync(new TableEntity(Bucket(later), Id(1).Value) { ["DueUtc"] = later });
        await store.CompleteWakeUpAsync(fired, None);

        Assert.Equal(later, (await store.DueWakeUpsAsync(later, 10, None)).Single().DueUtc);
    }

    [Fact]
    public async Task PendingPointer_OfACommitNotLanded_IsKeptUntilAbandoned()
    {
        var store = await CreateStoreAsync();
        var pointers = Table("OutboxPending");

        // Written before a transaction that has not landed (yet, or ever).
        await pointers.UpsertEntityAsync(new TableEntity("pending", Id(1).Value) { ["UpTo"] = 101, ["CreatedUtc"] = Monday });

        Assert.Empty(await store.PendingOutboxAsync(Monday.AddMinutes(5), 10, None));
        Assert.True((await pointers.GetEntityIfExistsAsync("pending", Id(1).Value)).HasValue);
        Assert.Empty(await store.PendingOutboxAsync(Monday.AddHours(2), 10, None));
        Assert.False((await pointers.GetEntityIfExistsAsync("pending", Id(1).Value)).HasValue);
    }

    [Fact]
    public async Task PendingPointer_WithEverythingSent_IsDropped()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday)), None);
        var message = (await store.PendingOutboxAsync(Monday, 10, None)).Single();
        await store.UpdateOutboxAsync(message with { Status = OutboxStatus.Sent }, None);

        Assert.Empty(await store.PendingOutboxAsync(Monday, 10, None));

        Assert.False((await Table("OutboxPending").GetEntityIfExistsAsync("pending", Id(1).Value)).HasValue);
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
        Assert.Empty(await store.PendingOutboxAsync(Monday, 10, None));
    }

    [Fact]
    public async Task ClosedPort_ThrowsStorageUnavailableQuickly()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(2);
        var endpoint = new Uri($"http://127.0.0.1:{ClosedPort()}/{AzuriteProcess.AccountName}");
        var store = new TableCaseStore(
            new TableServiceClient(endpoint, new TableSharedKeyCredential(AzuriteProcess.AccountName, AzuriteProcess.AccountKey), options), "s");
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.GetAsync(Id(1), None));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.CommitAsync(Create(Intake(Id(1), Monday)), None));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    private static string Bucket(DateTimeOffset due) => due.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    private TableClient Table(string name) => new TableServiceClient(azurite.ConnectionString).GetTableClient(_prefix + name);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
