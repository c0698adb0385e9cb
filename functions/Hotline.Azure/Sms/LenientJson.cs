using System.Globalization;
using System.Text.Json;

namespace Hotline.Azure.Sms;

/// <summary>
/// Field access for Event Grid payloads whose casing drifted between ACS versions (messageId / MessageId):
/// exact name first, then any casing. Missing or mistyped required fields raise <see cref="InboundFormatException"/>
/// naming the field.
/// </summary>
internal readonly record struct LenientJson(JsonElement Element, string Path, string Context)
{
    public LenientJson RequiredObject(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Object } found
            ? new LenientJson(found, Qualify(name), Context)
            : throw Fail(name, "is missing or not a JSON object");

    public string RequiredString(string name) => OptionalString(name) ?? throw Fail(name, "is missing");

    /// <summary>A string; a bare number is taken as its digits, since some payloads send phone numbers that way.</summary>
    public string? OptionalString(string name) => Find(name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => throw Fail(name, "is not a string"),
    };

    public string RequiredPhone(string name) => OptionalPhone(name) ?? throw Fail(name, "is missing or holds no digits");

    public string? OptionalPhone(string name) => E164.Normalize(OptionalString(name));

    public DateTimeOffset? OptionalTimestamp(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        // Event Grid writes ISO 8601; a value without an offset is UTC.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Fail(name, $"'{text}' is not an ISO 8601 timestamp");
    }

    public InboundFormatException Fail(string name, string problem) =>
        new(Qualify(name), $"{Context}: {Qualify(name)} {problem}.");

    private string Qualify(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private JsonElement? Find(string name)
    {
        if (Element.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in Element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
