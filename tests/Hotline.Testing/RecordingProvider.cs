using System.Collections.Concurrent;
using Hotline.Service.Sms;

namespace Hotline.Testing;

/// <summary>
/// The SMS provider side as ACS behaves with repeatability: every request is recorded, and a request repeating an
/// earlier outbox id (the repeatability key) is accepted without a second delivery.
/// </summary>
public sealed class RecordingProvider : ISmsGateway
{
    private readonly ConcurrentDictionary<string, OutgoingSms> _delivered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<OutgoingSms> _requests = new();

    public IReadOnlyCollection<OutgoingSms> Delivered => [.. _delivered.Values];

    public IReadOnlyCollection<OutgoingSms> Requests => [.. _requests];

    public Func<OutgoingSms, SmsSendOutcome?>? Script { get; set; }

    public Task<SmsSendOutcome> SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        _requests.Enqueue(sms);
        if (Script?.Invoke(sms) is { } scripted)
        {
            return Task.FromResult(scripted);
        }

        _delivered.TryAdd(sms.OutboxId, sms);
        return Task.FromResult<SmsSendOutcome>(new SmsSendOutcome.Accepted("p-" + sms.OutboxId));
    }
}
