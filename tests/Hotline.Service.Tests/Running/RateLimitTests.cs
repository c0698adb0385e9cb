using Hotline.Testing;
using Hotline.Domain.Sms;
using Hotline.Service.Cases;
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
}
