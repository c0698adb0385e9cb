using System.Text.Json;
using Azure.Messaging.EventGrid;

namespace Hotline.Azure.Sms;

/// <summary>Reads Event Grid webhook deliveries (Event Grid schema) from ACS into <see cref="InboundEvent"/>s.</summary>
/// <remarks>
/// The envelope is read with System.Text.Json rather than <c>EventGridEvent.ParseMany</c>:
/// ParseMany reports a missing <c>data</c> as a bare InvalidOperationException, silently defaults a missing
/// <c>eventTime</c> to year 1 and insists on <c>dataVersion</c>, where this webhook must answer 400 naming the field
/// and needs nothing but id, eventType and data. Event type names come from <see cref="SystemEventNames"/>.
/// </remarks>
public static class EventGridInbound
{
    /// <summary>The <c>aeg-event-type</c> header value of the subscription handshake.</summary>
    public const string SubscriptionValidationHeader = "SubscriptionValidation";

    /// <summary>The <c>aeg-event-type</c> header value of ordinary deliveries.</summary>
    public const string NotificationHeader = "Notification";

    /// <exception cref="InboundFormatException">Malformed JSON, or a handled event lacking a field; names the field.</exception>
    public static IReadOnlyList<InboundEvent> Parse(BinaryData body, string? aegEventTypeHeader)
    {
        ArgumentNullException.ThrowIfNull(body);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new InboundFormatException("body", $"The Event Grid payload is not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var elements = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root], // Event Grid sends arrays; a lone event is accepted as one.
                _ => throw new InboundFormatException("body", "The Event Grid payload is neither an array of events nor an event."),
            };

            var events = new List<InboundEvent>(elements.Count);
            for (var i = 0; i < elements.Count; i++)
            {
                events.Add(ParseEvent(elements[i], i, aegEventTypeHeader));
            }

            if (IsHeader(aegEventTypeHeader, SubscriptionValidationHeader) && !events.Any(e => e is InboundEvent.SubscriptionValidation))
            {
                throw new InboundFormatException("eventType", $"The aeg-event-type header says {SubscriptionValidationHeader} but no event is {SystemEventNames.EventGridSubscriptionValidation}.");
            }

            return events;
        }
    }

    /// <summary>The body that completes the handshake: <c>{"validationResponse":"…"}</c>.</summary>
    public static string ValidationResponse(string validationCode)
    {
        ArgumentNullException.ThrowIfNull(validationCode);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("validationResponse", validationCode);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static InboundEvent ParseEvent(JsonElement element, int index, string? header)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InboundFormatException("body", $"Event #{index} is not a JSON object.");
        }

        var envelope = new LenientJson(element, string.Empty, $"Event #{index}");
        var eventType = envelope.RequiredString("eventType");
        envelope = envelope with { Context = $"Event #{index} ({eventType})" };

        if (Is(eventType, SystemEventNames.EventGridSubscriptionValidation))
        {
            // Event Grid only sends the handshake with aeg-event-type: SubscriptionValidation; one arriving as a
            // notification is not a handshake and must not be echoed back.
            return IsHeader(header, NotificationHeader)
                ? new InboundEvent.Ignored(eventType)
                : new InboundEvent.SubscriptionValidation(envelope.RequiredObject("data").RequiredString("validationCode"));
        }

        if (Is(eventType, SystemEventNames.AcsSmsReceived))
        {
            var data = envelope.RequiredObject("data");
            return new InboundEvent.SmsReceived(
                EventId: envelope.RequiredString("id"),
                MessageId: data.RequiredString("messageId"),
                From: data.RequiredPhone("from"),
                To: data.RequiredPhone("to"),
                Message: data.RequiredString("message"),
                ReceivedAt: data.OptionalTimestamp("receivedTimestamp")
                    ?? envelope.OptionalTimestamp("eventTime")
                    ?? throw data.Fail("receivedTimestamp", "is missing (and so is eventTime)"));
        }

        if (Is(eventType, SystemEventNames.AcsSmsDeliveryReportReceived))
        {
            var data = envelope.RequiredObject("data");
            return new InboundEvent.SmsDeliveryReport(
                EventId: envelope.RequiredString("id"),
                MessageId: data.RequiredString("messageId"),
                From: data.OptionalPhone("from"),
                To: data.RequiredPhone("to"),
                DeliveryStatus: data.RequiredString("deliveryStatus"),
                DeliveryStatusDetails: data.OptionalString("deliveryStatusDetails"),
                Tag: data.OptionalString("tag"),
                ReceivedAt: data.OptionalTimestamp("receivedTimestamp") ?? envelope.OptionalTimestamp("eventTime"));
        }

        return new InboundEvent.Ignored(eventType);
    }

    private static bool Is(string eventType, string expected) => eventType.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static bool IsHeader(string? header, string expected) => header?.Trim().Equals(expected, StringComparison.OrdinalIgnoreCase) == true;
}
