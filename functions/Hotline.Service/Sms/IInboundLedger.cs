namespace Hotline.Service.Sms;

/// <summary>Inbound message ids already handled: Event Grid delivers at least once, we act once.</summary>
public interface IInboundLedger
{
    /// <summary>True the first time an id is seen; false for a duplicate delivery.</summary>
    Task<bool> TryMarkProcessedAsync(string messageId, CancellationToken cancellationToken);
}

public sealed class InMemoryInboundLedger : IInboundLedger
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public Task<bool> TryMarkProcessedAsync(string messageId, CancellationToken cancellationToken) => Task.FromResult(_seen.TryAdd(messageId, 0));
}
