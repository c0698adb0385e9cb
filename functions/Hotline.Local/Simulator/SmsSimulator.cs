using System.Collections.Concurrent;
using System.Text;

namespace Hotline.Local.Simulator;

/// <summary>A message the simulated phone network delivered.</summary>
public sealed record SimulatedSms(string MessageId, string From, string To, string Text, string? Tag, Guid RepeatabilityRequestId, DateTimeOffset DeliveredUtc);

/// <summary>
/// The phone network of the local host: receives what the real ACS client sends (after the HMAC check), delivers
/// each repeatability id once, and lets tests and demos inject provider outages and unreachable phones.
/// </summary>
public sealed class SmsSimulator(TimeProvider clock)
{
    /// <summary>The simulator's access key (development only, like Azurite's well-known key).</summary>
    public static readonly byte[] Key = Encoding.UTF8.GetBytes("hotline-local-sms-simulator-key-0123456789");

    private readonly ConcurrentDictionary<Guid, SimulatedSms> _byRepeatability = new();
    private readonly ConcurrentQueue<SimulatedSms> _delivered = new();
    private readonly ConcurrentDictionary<string, bool> _unreachable = new(StringComparer.Ordinal);
    private int _failNext;
    private int _failStatus = 503;
    private int _counter;

    public IReadOnlyList<SimulatedSms> Delivered => [.. _delivered];

    public int Requests { get; private set; }

    public IReadOnlyList<SimulatedSms> To(string phone) => [.. _delivered.Where(m => m.To == phone)];

    /// <summary>The next <paramref name="count"/> send requests fail as a whole with <paramref name="status"/>.</summary>
    public void FailNext(int count, int status)
    {
        _failStatus = status;
        Interlocked.Exchange(ref _failNext, count);
    }

    public void SetUnreachable(string phone, bool unreachable) => _unreachable[phone] = unreachable;

    /// <summary>Null when the request should succeed; else the HTTP status the whole request fails with.</summary>
    public int? TakeFault()
    {
        Requests++;
        return Interlocked.Decrement(ref _failNext) >= 0 ? _failStatus : null;
    }

    public bool IsUnreachable(string phone) => _unreachable.TryGetValue(phone, out var u) && u;

    /// <summary>Delivers once per repeatability id: a retried request gets the first delivery's message id back.</summary>
    public (SimulatedSms Message, bool Repeated) Deliver(string from, string to, string text, string? tag, Guid repeatability)
    {
        var fresh = false;
        var message = _byRepeatability.GetOrAdd(repeatability, id =>
        {
            fresh = true;
            return new SimulatedSms($"sim-{Interlocked.Increment(ref _counter):D6}", from, to, text, tag, id, clock.GetUtcNow());
        });
        if (fresh)
        {
            _delivered.Enqueue(message);
        }

        return (message, !fresh);
    }
}
