using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain.Calendar;

/// <summary>Reads and writes a <see cref="DeadlineSpec"/> as its text form, e.g. <c>"2wd"</c>.</summary>
public sealed class DeadlineSpecJsonConverter : JsonConverter<DeadlineSpec>
{
    public override DeadlineSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A deadline must be a JSON string such as \"2wd\", not {reader.TokenType}.");
        }

        // JsonException lets the serializer add the path ($.followUps[1].deadline) to the message.
        return DeadlineSpec.TryParse(reader.GetString(), out var spec, out var error)
            ? spec
            : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, DeadlineSpec value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.ToString());
    }
}
