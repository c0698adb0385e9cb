using System.Globalization;
using System.Text.Json;
using Azure;

namespace Hotline.Azure.Tables;

/// <summary>Reading: annotations first, then values, so a property's type is known whatever the order.</summary>
internal static partial class TableEntityJson
{
    public static TableEntity ReadEntity(BinaryData content)
    {
        using var document = JsonDocument.Parse(content.ToMemory());
        return ReadEntity(document.RootElement);
    }

    /// <summary>The <c>value</c> array of a query response.</summary>
    public static List<TableEntity> ReadEntities(BinaryData content)
    {
        using var document = JsonDocument.Parse(content.ToMemory());
        return document.RootElement.TryGetProperty("value", out var values)
            ? values.EnumerateArray().Select(ReadEntity).ToList()
            : [];
    }

    private static TableEntity ReadEntity(JsonElement json)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                types[property.Name[..^TypeSuffix.Length]] = property.Value.GetString() ?? string.Empty;
            }
        }

        var entity = new TableEntity();
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name == "odata.etag")
            {
                entity.ETag = new ETag(property.Value.GetString() ?? string.Empty);
            }
            else if (name == TableEntity.TimestampName)
            {
                entity.Timestamp = ParseDateTime(property.Value.GetString());
            }
            else if (!name.StartsWith("odata.", StringComparison.Ordinal) && !name.Contains('@', StringComparison.Ordinal)
                     && property.Value.ValueKind != JsonValueKind.Null)
            {
                entity.SetFromWire(name, ReadValue(name, property.Value, types.GetValueOrDefault(name)));
            }
        }

        return entity;
    }

    private static object ReadValue(string name, JsonElement value, string? edmType) => edmType switch
    {
        "Edm.Int64" => value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        "Edm.DateTime" => ParseDateTime(value.GetString()),
        "Edm.Guid" => Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Binary" => value.GetBytesFromBase64(),
        null or "Edm.String" or "Edm.Boolean" or "Edm.Int32" => ReadUntyped(value),
        _ => throw new FormatException($"Property '{name}' has unsupported type '{edmType}'."),
    };

    private static object ReadUntyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') >= 0 => value.GetDouble(),
        JsonValueKind.Number when value.TryGetInt32(out var i) => i,
        JsonValueKind.Number when value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"Unexpected JSON {value.ValueKind} in an entity."),
    };

    private static DateTimeOffset ParseDateTime(string? text) =>
        DateTimeOffset.Parse(
            text ?? throw new FormatException("Missing Edm.DateTime value."),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
