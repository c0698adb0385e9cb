using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task Outbox_CommittedMessages_AreReadBackWholeInSequenceOrder()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 2, Monday.AddMinutes(10)), TextMessage(intake.State, 1, Monday)), None);

        var outbox = await store.OutboxAsync(Id(1), None);

        Assert.Equal([TextMessage(intake.State, 1, Monday).Id, TextMessage(intake.State, 2, Monday).Id], outbox.Select(m => m.Id));
        var first = outbox[0];
        Assert.Equal((OutboxKind.Sms, "+8613800000003", "engineering-head", OutboxStatus.Pending), (first.Kind, first.To, first.Recipient, first.Status));
        Assert.Equal((TextMessage(intake.State, 1, Monday).Text, Monday), (first.Text, first.CreatedUtc));
        Assert.All(outbox, m => Assert.False(string.IsNullOrEmpty(m.ETag)));
    }

    [Fact]
    public async Task UpdateOutbox_WithCurrentETag_SavesAndIssuesANewETag_StaleCopyReturnsNull()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday)), None);
        var read = (await store.OutboxAsync(Id(1), None)).Single();

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
    public async Task UpdateOutbox_MessageNeverCommitted_ReturnsNull()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday)), None);
        var read = (await store.OutboxAsync(Id(1), None)).Single();

        Assert.Null(await store.UpdateOutboxAsync(read with { Sequence = read.Sequence + 1 }, None));
        Assert.Null(await store.UpdateOutboxAsync(read with { ETag = string.Empty }, None));
        Assert.Single(await store.OutboxAsync(Id(1), None));
    }

    [Fact]
    public async Task Outbox_DeliveryOutcomesStay_AndALaterCommitAppends()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake, TextMessage(intake.State, 1, Monday), TextMessage(intake.State, 2, Monday)), None);
        var written = await store.OutboxAsync(Id(1), None);

        await store.UpdateOutboxAsync(written[0] with { Status = OutboxStatus.Sent, ProviderMessageId = "acs-1" }, None);
        await store.UpdateOutboxAsync(written[1] with { Status = OutboxStatus.Failed, Error = "invalid number" }, None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        var current = (await store.GetAsync(Id(1), None))!;
        await store.CommitAsync(Update(current, acknowledged, TextMessage(acknowledged.State, 1, Monday.AddMinutes(5))), None);

        var stored = await store.OutboxAsync(Id(1), None);
        Assert.Equal([OutboxStatus.Sent, OutboxStatus.Failed, OutboxStatus.Pending], stored.Select(m => m.Status));
        Assert.Equal(("acs-1", "invalid number"), (stored[0].ProviderMessageId, stored[1].Error));
        Assert.Equal(TextMessage(acknowledged.State, 1, Monday).Id, stored[2].Id);
    }
}
