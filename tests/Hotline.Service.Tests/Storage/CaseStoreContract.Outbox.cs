using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task PendingOutbox_ReturnsCommittedMessagesOnceDue()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday), TextMessage(intake.State, 2, Monday.AddMinutes(10))), None);

        var now = await store.PendingOutboxAsync(Monday.AddMinutes(1), 10, None);
        var later = await store.PendingOutboxAsync(Monday.AddMinutes(10), 10, None);

        Assert.Equal([TextMessage(intake.State, 1, Monday).Id], now.Select(m => m.Id));
        Assert.Equal(2, later.Count);
        var first = now[0];
        Assert.Equal((OutboxKind.Sms, "+8613800000003", "engineering-head", OutboxStatus.Pending), (first.Kind, first.To, first.Recipient, first.Status));
        Assert.Equal(TextMessage(intake.State, 1, Monday).Text, first.Text);
    }

    [Fact]
    public async Task UpdateOutbox_WithCurrentETag_SavesAndIssuesANewETag_StaleCopyReturnsNull()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday)), None);
        var read = (await store.PendingOutboxAsync(Monday, 10, None)).Single();

        var claimed = await store.UpdateOutboxAsync(
            read with { Attempts = 1, FirstAttemptUtc = Monday, NextAttemptUtc = Monday.AddMinutes(2) }, None);
        var rival = await store.UpdateOutboxAsync(read with { Attempts = 1, Error = "rival" }, None);

        Assert.NotNull(claimed);
        Assert.NotEqual(read.ETag, claimed.ETag);
        Assert.Null(rival);
        var stored = (await store.OutboxAsync(Id(1), None)).Single();
        Assert.Equal((1, Monday, Monday.AddMinutes(2), (string?)null), (stored.Attempts, stored.FirstAttemptUtc, stored.NextAttemptUtc, stored.Error));
        Assert.Equal(claimed.ETag, stored.ETag);
    }

    [Fact]
    public async Task PendingOutbox_ClaimedMessage_WaitsForItsLease()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday)), None);
        var read = (await store.PendingOutboxAsync(Monday, 10, None)).Single();

        await store.UpdateOutboxAsync(read with { Attempts = 1, NextAttemptUtc = Monday.AddMinutes(2) }, None);

        Assert.Empty(await store.PendingOutboxAsync(Monday.AddMinutes(1), 10, None));
        Assert.Single(await store.PendingOutboxAsync(Monday.AddMinutes(2), 10, None));
    }

    [Fact]
    public async Task PendingOutbox_SentMessage_IsNoLongerPending()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday), TextMessage(intake.State, 2, Monday)), None);
        var pending = await store.PendingOutboxAsync(Monday, 10, None);

        await store.UpdateOutboxAsync(pending[0] with { Status = OutboxStatus.Sent, ProviderMessageId = "acs-1" }, None);
        await store.UpdateOutboxAsync(pending[1] with { Status = OutboxStatus.Failed, Error = "invalid number" }, None);

        Assert.Empty(await store.PendingOutboxAsync(Monday.AddDays(1), 10, None));
        var stored = await store.OutboxAsync(Id(1), None);
        Assert.Equal([OutboxStatus.Sent, OutboxStatus.Failed], stored.Select(m => m.Status));
        Assert.Equal("acs-1", stored[0].ProviderMessageId);

        // A later commit with new messages makes the case pending again.
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        var current = (await store.GetAsync(Id(1), None))!;
        await store.CommitAsync(Update(current, acknowledged, TextMessage(acknowledged.State, 1, Monday.AddMinutes(5))), None);
        Assert.Equal([TextMessage(acknowledged.State, 1, Monday).Id], (await store.PendingOutboxAsync(Monday.AddDays(1), 10, None)).Select(m => m.Id));
    }

    [Fact]
    public async Task PendingOutbox_RespectsMax()
    {
        var store = await CreateStoreAsync();
        for (var i = 1; i <= 3; i++)
        {
            var intake = Intake(Id(i), Monday);
            await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday), TextMessage(intake.State, 2, Monday)), None);
        }

        var pending = await store.PendingOutboxAsync(Monday, 4, None);

        Assert.Equal(4, pending.Count);
        Assert.Equal(4, pending.Select(m => m.Id).Distinct().Count());
    }
}
