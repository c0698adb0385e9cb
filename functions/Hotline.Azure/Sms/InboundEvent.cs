namespace Hotline.Azure.Sms;

/// <summary>One event from an Event Grid webhook delivery, reduced to what Hotline acts on.</summary>
public abstract record InboundEvent
{
    // Private: the nested records are the whole set.
    private InboundEvent()
    {
    }

    /// <summary>The handshake Event Grid sends when the subscription is created; answer with <see cref="EventGridInbound.ValidationResponse"/>.</summary>
    public sealed record SubscriptionValidation(string ValidationCode) : InboundEvent;

    /// <summary>A text someone sent to our ACS number. Numbers are normalised to +E.164.</summary>
    /// <param name="EventId">Event Grid's id: deliveries are at-least-once, so dedupe on it (or on MessageId).</param>
    public sealed record SmsReceived(
        string EventId,
        string MessageId,
        string From,
        string To,
        string Message,
        DateTimeOffset ReceivedAt) : InboundEvent;

    /// <summary>The fate of a text we sent. <paramref name="Tag"/> is the tag given at send time (the outbox id).</summary>
    /// <param name="DeliveryStatus">As ACS reports it, e.g. "Delivered" or "Failed".</param>
    public sealed record SmsDeliveryReport(
        string EventId,
        string MessageId,
        string? From,
        string To,
        string DeliveryStatus,
        string? DeliveryStatusDetails,
        string? Tag,
        DateTimeOffset? ReceivedAt) : InboundEvent;

    /// <summary>An event this webhook does not handle; acknowledge it so Event Grid stops redelivering.</summary>
    public sealed record Ignored(string EventType) : InboundEvent;
}
