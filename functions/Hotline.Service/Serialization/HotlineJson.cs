using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;

namespace Hotline.Service.Serialization;

/// <summary>One set of JSON options for stored snapshots and the HTTP API: camelCase, enums as strings, typed ids as strings.</summary>
public static class HotlineJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        Configure(options);
        return options;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Chinese text stays readable in stored snapshots and API answers; HTML-sensitive characters are still escaped.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new StringValueConverter<CaseId>(CaseId.Parse, id => id.Value));
        options.Converters.Add(new StringValueConverter<StaffId>(StaffId.Parse, id => id.Value));
        options.Converters.Add(new StringValueConverter<PhoneNumber>(PhoneNumber.Parse, p => p.E164));
    }

    private sealed class StringValueConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException($"A {typeof(T).Name} cannot be null.");
            try
            {
                return parse(text);
            }
            catch (FormatException e)
            {
                throw new JsonException(e.Message, e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));
    }
}
