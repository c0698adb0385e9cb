using Hotline.Testing;
using Hotline.Domain.Sms;
using Hotline.Service.Running;
using Hotline.Service.Sms;

namespace Hotline.Service.Tests.Running;

public sealed class RateLimitTests
{
    [Fact]
    public void Bucket_AllowsThePerMinuteRate_ThenRefillsWithTime()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2026-11-20T06:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var limiter = new SendRateLimiter(3, clock);
        Assert.True(limiter.TryTake());
        Assert.True(limiter.TryTake());
        Assert.True(limiter.TryTake());
        Assert.False(limiter.TryTake());
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(limiter.TryTake());
        Assert.False(limiter.TryTake());
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void OutgoingTexts_AreCountedInUcs2Segments(int chineseCharacters, int segments) =>
        Assert.Equal(segments, SmsSegments.Count(new string('修', chineseCharacters)));

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task Dispatcher_StopsAtTheNumbersRate_RestWaitsForNextRound()
    {
        var store = new Hotline.Service.Storage.InMemoryCaseStore();
        var directory = await Node.DirectoryAsync();
        var provider = new RecordingProvider();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8)));
        var realTime = new ManualTimeProvider(clock.GetUtcNow());
        var node = new Node(store, directory, provider, clock, new SendRateLimiter(2, realTime));
        for (var i = 0; i < 3; i++)
        {
            await CrashRecoveryTests.OpenAsync(node, "k" + i);
        }

        await node.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(2, provider.Requests.Count);
        realTime.Advance(TimeSpan.FromMinutes(1));
        await node.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(4, provider.Requests.Count);
    }
}
