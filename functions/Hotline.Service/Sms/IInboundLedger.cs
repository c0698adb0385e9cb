namespace Hotline.Service.Sms;

/// <summary>
/// Inbound messages already handled, with the reply each one got. Event Grid delivers at least once: a message is
/// acted on once, and its reply is kept until the provider took it, so a redelivery resends the same reply.
/// </summary>
public interface IInboundLedger
{
    /// <summary>Null the first time an id is seen (it is now claimed); otherwise what was recorded for it.</summary>
    Task<InboundRecord?> ClaimAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Records the reply decided for a claimed message, or that it was sent.</summary>
    Task SaveAsync(string messageId, InboundRecord record, CancellationToken cancellationToken);
}

/// <param name="Reply">The reply decided, null while the message is being handled.</param>
public sealed record InboundRecord(string? ReplyTo, string? Reply, bool ReplySent);

public sealed class InMemoryInboundLedger : IInboundLedger
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, InboundRecord> _seen = new(StringComparer.Ordinal);

    public Task<InboundRecord?> ClaimAsync(string messageId, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.TryAdd(messageId, new InboundRecord(null, null, false)) ? null : _seen[messageId]);

    public Task SaveAsync(string messageId, InboundRecord record, CancellationToken cancellationToken)
    {
        _seen[messageId] = record;
        return Task.CompletedTask;
    }
}
