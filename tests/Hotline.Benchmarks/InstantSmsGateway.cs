using Hotline.Service.Sms;

namespace Hotline.Benchmarks;

/// <summary>An SMS provider that accepts every message at once: provider latency is left out of every figure.</summary>
public sealed class InstantSmsGateway : ISmsGateway
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        Interlocked.Increment(ref _sent);
        return Task.FromResult<SmsSendOutcome>(new SmsSendOutcome.Accepted("bench-" + sms.OutboxId));
    }
}
