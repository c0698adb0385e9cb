namespace Hotline.Service.Sms;

/// <summary>
/// The sending number's throughput limit (an ACS toll-free number takes 200 messages a minute; a short code 6,000):
/// a token bucket on real time, since it models the provider, not the business clock. Messages over the limit stay
/// in the outbox for the next round.
/// </summary>
public sealed class SendRateLimiter(int perMinute, TimeProvider realTime)
{
    private readonly Lock _gate = new();
    private double _tokens = perMinute;
    private DateTimeOffset _last = realTime.GetUtcNow();

    public int PerMinute { get; } = perMinute > 0 ? perMinute : throw new ArgumentOutOfRangeException(nameof(perMinute));

    public static SendRateLimiter TollFree() => new(200, TimeProvider.System);

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = realTime.GetUtcNow();
            _tokens = Math.Min(PerMinute, _tokens + ((now - _last).TotalMinutes * PerMinute));
            _last = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
