using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>
/// What every <see cref="ICaseStore"/> promises, run against each implementation (in memory, Table on Azurite) so
/// that they cannot drift apart. Each test gets an empty store from <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract partial class CaseStoreContract
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<ICaseStore> CreateStoreAsync();

    [Fact]
    public async Task Create_ThenGet_ReturnsTheSnapshotWithAnETag()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);

        var created = await store.CommitAsync(Create(intake), None);
        var read = await store.GetAsync(Id(1), None);

        Assert.NotNull(read);
        Assert.Equal(Json(intake.State), Json(read.State));
        Assert.Equal(created.ETag, read.ETag);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task Get_UnknownCase_IsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.GetAsync(Id(404), None));
        Assert.Empty(await store.GetLedgerAsync(Id(404), None));
        Assert.Empty(await store.OutboxAsync(Id(404), None));
    }

    [Fact]
    public async Task Create_WhenTheCaseExists_ThrowsConcurrency()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(Create(Intake(Id(1), Monday)), None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.CommitAsync(Create(Intake(Id(1), Monday.AddMinutes(5))), None));

        Assert.Equal(Json(Intake(Id(1), Monday).State), Json((await store.GetAsync(Id(1), None))!.State));
    }

    [Fact]
    public async Task Commit_RepeatedAfterItLanded_IsTheSameCommit_NotAConflict()
    {
        // What a client retry does when the answer to a commit that landed was lost.
        var store = await CreateStoreAsync();
        var commit = Create(Intake(Id(1), Monday));
        var first = await store.CommitAsync(commit, None);

        var again = await store.CommitAsync(commit, None);

        Assert.Equal(first.ETag, again.ETag);
        Assert.Equal(commit.Ledger.Count, (await store.GetLedgerAsync(Id(1), None)).Count);
    }

    [Fact]
    public async Task Commit_WithStaleETag_ThrowsConcurrencyAndWritesNothing()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday)), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        var current = await store.CommitAsync(Update(created, acknowledged), None);
        var ledgerBefore = await store.GetLedgerAsync(Id(1), None);
        var outboxBefore = await store.OutboxAsync(Id(1), None);

        // A second writer decided on the first snapshot too; its commit must not land.
        var rival = Acknowledge(intake.State, Monday.AddMinutes(6));
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.CommitAsync(Update(created, rival, TextMessage(rival.State, 1, Monday.AddMinutes(6))), None));

        var after = await store.GetAsync(Id(1), None);
        Assert.Equal(current.ETag, after!.ETag);
        Assert.Equal(Json(acknowledged.State), Json(after.State));
        Assert.Equal(ledgerBefore, await store.GetLedgerAsync(Id(1), None));
        Assert.Equal(outboxBefore.Select(m => m.Id), (await store.OutboxAsync(Id(1), None)).Select(m => m.Id));
    }

    [Fact]
    public async Task Commit_WithCurrentETag_ReplacesStateAndIssuesANewETag()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);

        var updated = await store.CommitAsync(Update(created, Acknowledge(intake.State, Monday.AddMinutes(5))), None);

        Assert.NotEqual(created.ETag, updated.ETag);
        Assert.Equal(CaseStatus.InProgress, (await store.GetAsync(Id(1), None))!.State.Status);
    }

    [Fact]
    public async Task Ledger_AcrossCommits_IsInSequenceOrder()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        await store.CommitAsync(Update(created, acknowledged), None);

        var ledger = await store.GetLedgerAsync(Id(1), None);

        var expected = Ledger(intake).Concat(Ledger(acknowledged)).ToList();
        Assert.True(expected.Count >= 2, "the fixture should log on intake and on acknowledgement");
        Assert.Equal(expected, ledger);
        Assert.Equal(ledger.Select(e => e.Sequence).Order(), ledger.Select(e => e.Sequence));
    }

    [Fact]
    public async Task NextSequence_TwentyParallelCallers_GetOneToTwentyOnce()
    {
        var store = await CreateStoreAsync();
        var day = new DateOnly(2026, 3, 2);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.NextSequenceAsync(day, None))));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Order());
        Assert.Equal(1, await store.NextSequenceAsync(day.AddDays(1), None));
    }

    [Fact]
    public async Task ClaimIdempotencyKey_Twice_ReturnsTheFirstClaimant()
    {
        var store = await CreateStoreAsync();

        Assert.Equal(Id(1), await store.ClaimIdempotencyKeyAsync("intake-7f3a/重复提交", Id(1), None));
        Assert.Equal(Id(1), await store.ClaimIdempotencyKeyAsync("intake-7f3a/重复提交", Id(2), None));
        Assert.Equal(Id(3), await store.ClaimIdempotencyKeyAsync("intake-other", Id(3), None));
    }

    protected static string Json(CaseState state) => JsonSerializer.Serialize(state, HotlineJson.Options);
}
