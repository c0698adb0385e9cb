using Hotline.Service.Orchestration;
using Hotline.Service.Sms;
using Hotline.Service.Storage;
using Hotline.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Service.Tests.Orchestration;

/// <summary>The SMS activity's work: one outbox row sent at most once to the provider's delivery, retried with backoff, failed loudly.</summary>
public sealed class SmsSenderTests
{
    private readonly RecordingProvider _provider = new();

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task TaskSms_Sent_RowRecordsTheProviderId()
    {
        var h = await CaseHarness.OpenAsync();
        var item = await TaskItemAsync(h);

        var delivery = await Sender(h).SendAsync(item, CancellationToken.None);

        Assert.True(delivery.Sent);
        var row = await RowAsync(h, item);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal("p-" + row.Id, row.ProviderMessageId);
        Assert.Single(_provider.Requests);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task ActivityRunTwice_SecondRunAnsweredFromTheRow_ProviderAskedOnce()
    {
        var h = await CaseHarness.OpenAsync();
        var item = await TaskItemAsync(h);
        await Sender(h).SendAsync(item, CancellationToken.None);

        var again = await Sender(h).SendAsync(item, CancellationToken.None);

        Assert.True(again.Sent);
        Assert.Single(_provider.Requests);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task CrashAfterSending_RetrySendsTheSameRepeatabilityKeyAndFirstSent_DeliveredOnce()
    {
        var h = await CaseHarness.OpenAsync();
        var item = await TaskItemAsync(h);
        var crashed = false;
        var crashing = new CrashAfterSend(_provider, () => crashed = true);
        await Assert.ThrowsAsync<IOException>(() => new SmsSender(h.Store, crashing, h.Clock, NullLogger<SmsSender>.Instance).SendAsync(item, CancellationToken.None));
        Assert.True(crashed);
        h.Clock.Advance(TimeSpan.FromMinutes(3));

        var retried = await Sender(h).SendAsync(item, CancellationToken.None);

        Assert.True(retried.Sent);
        Assert.Equal(2, _provider.Requests.Count);
        Assert.Single(_provider.Delivered);
        Assert.Single(_provider.Requests.Select(r => (r.OutboxId, r.FirstAttemptUtc)).Distinct());
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task ProviderOutage_EachAttemptDeferred_ThenFailedWithTheReason()
    {
        var h = await CaseHarness.OpenAsync();
        var item = await TaskItemAsync(h);
        _provider.Script = _ => new SmsSendOutcome.TransientFailure("503 from the provider", null);
        var sender = Sender(h);

        for (var attempt = 1; attempt < SmsSender.MaxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<SmsDeferredException>(() => sender.SendAsync(item, CancellationToken.None));
            Assert.Equal(attempt, (await RowAsync(h, item)).Attempts);
        }

        var last = await sender.SendAsync(item, CancellationToken.None);

        Assert.False(last.Sent);
        Assert.Contains("503 from the provider", last.Error, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Failed, (await RowAsync(h, item)).Status);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task NumberAtItsRateLimit_Deferred_NothingSent()
    {
        var h = await CaseHarness.OpenAsync();
        var item = await TaskItemAsync(h);
        var exhausted = new SendRateLimiter(1, h.Clock);
        Assert.True(exhausted.TryTake());

        await Assert.ThrowsAsync<SmsDeferredException>(() =>
            new SmsSender(h.Store, _provider, h.Clock, NullLogger<SmsSender>.Instance, exhausted).SendAsync(item, CancellationToken.None));

        Assert.Empty(_provider.Requests);
        Assert.Equal(0, (await RowAsync(h, item)).Attempts);
    }

    private SmsSender Sender(CaseHarness h) => new(h.Store, _provider, h.Clock, NullLogger<SmsSender>.Instance);

    private static async Task<OutboxItem> TaskItemAsync(CaseHarness h) =>
        OutboxItem.Of(Assert.Single(await h.Store.OutboxAsync(h.Id, CancellationToken.None), m => m.Recipient == "engineering-head"));

    private static async Task<OutboxMessage> RowAsync(CaseHarness h, OutboxItem item) =>
        (await h.Store.OutboxAsync(h.Id, CancellationToken.None)).Single(m => m.Sequence == item.Sequence);

    /// <summary>The provider takes the message, then the process dies before the answer is recorded.</summary>
    private sealed class CrashAfterSend(ISmsGateway inner, Action crashed) : ISmsGateway
    {
        public async Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
        {
            await inner.SendAsync(sms, cancellationToken);
            crashed();
            throw new IOException("process killed after the provider accepted");
        }
    }
}
