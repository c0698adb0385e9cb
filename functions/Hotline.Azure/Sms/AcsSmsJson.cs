using System.Text.Json;

namespace Hotline.Azure.Sms;

/// <summary>The JSON of <c>POST /sms?api-version=2021-03-07</c>: request body out, 202 body in.</summary>
internal static class AcsSmsJson
{
    public static byte[] WriteSendRequest(string from, IReadOnlyList<AcsSmsRecipient> recipients, string message, bool enableDeliveryReport, string? tag)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("from", from);
            json.WriteStartArray("smsRecipients");
            foreach (var recipient in recipients)
            {
                json.WriteStartObject();
                json.WriteString("to", recipient.To);
                json.WriteString("repeatabilityRequestId", recipient.RepeatabilityRequestId.ToString("D"));
                json.WriteString("repeatabilityFirstSent", AcsRequestSigner.FormatDate(recipient.RepeatabilityFirstSent));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("message", message);
            json.WriteStartObject("smsSendOptions");
            json.WriteBoolean("enableDeliveryReport", enableDeliveryReport);
            if (tag is not null)
            {
                json.WriteString("tag", tag);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads <c>{"value":[{to, messageId, httpStatusCode, repeatabilityResult, successful, errorMessage}]}</c>.</summary>
    /// <exception cref="JsonException">The body is not that shape.</exception>
    public static IReadOnlyList<AcsSmsSendResult> ReadSendResponse(BinaryData body)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("value", out var value)
            || value.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The send response has no 'value' array.");
        }

        var results = new List<AcsSmsSendResult>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            results.Add(new AcsSmsSendResult(
                To: RequiredString(item, "to"),
                MessageId: OptionalString(item, "messageId"),
                HttpStatusCode: item.TryGetProperty("httpStatusCode", out var status) ? status.GetInt32() : throw Missing("httpStatusCode"),
                RepeatabilityResult: OptionalString(item, "repeatabilityResult"),
                Successful: item.TryGetProperty("successful", out var ok) ? ok.GetBoolean() : throw Missing("successful"),
                ErrorMessage: OptionalString(item, "errorMessage")));
        }

        return results;
    }

    private static string RequiredString(JsonElement item, string name) => OptionalString(item, name) ?? throw Missing(name);

    private static string? OptionalString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Null ? property.GetString() : null;

    private static JsonException Missing(string name) => new($"A send result has no '{name}'.");
}
