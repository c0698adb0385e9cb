using System.Text.Json.Nodes;
using Hotline.Service.Api.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Local.OpenApi;

/// <summary>The schema part of <see cref="CatalogueTransformers"/>.</summary>
internal static class CatalogueSchemas
{
    /// <summary>
    /// Typed ids travel as strings (their converters write text); request bodies list the fields their validator really
    /// requires, with the accepted values (<see cref="ApiCatalogue.FieldsOf"/>).
    /// </summary>
    public static void Describe(OpenApiSchema schema, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(Hotline.Domain.Staff.StaffId) || type == typeof(Hotline.Domain.Cases.CaseId) || type == typeof(Hotline.Domain.Callers.PhoneNumber))
        {
            schema.Type = JsonSchemaType.String;
            return;
        }

        // An object's own schema, whether a component or inlined in a property (request bodies inline their parts).
        if (schema.Properties is not { Count: > 0 })
        {
            return;
        }

        if (ApiCatalogue.FieldsOf(type) is not { } fields)
        {
            // The API leaves null members out (HotlineJson: WhenWritingNull), so a nullable member is never required.
            if (schema.Required is { Count: > 0 } required && schema.Properties is { } members)
            {
                foreach (var name in required.Where(name => members.TryGetValue(name, out var member) && member is OpenApiSchema m
                    && (m.Type?.HasFlag(JsonSchemaType.Null) == true || m.OneOf?.Any(o => o.Type == JsonSchemaType.Null) == true)).ToList())
                {
                    required.Remove(name);
                }
            }

            return;
        }

        schema.Required = new HashSet<string>(fields.Required, StringComparer.Ordinal);
        foreach (var (name, note) in fields.Notes)
        {
            if (schema.Properties?.TryGetValue(name, out var found) != true)
            {
                throw new InvalidOperationException($"ApiCatalogue documents field '{name}' of {type.Name}, which has no such property.");
            }

            if (found is not OpenApiSchema property)
            {
                continue;
            }

            property.Description = note.Description;
            var target = property.Type?.HasFlag(JsonSchemaType.Array) == true ? property.Items as OpenApiSchema : property;
            if (note.Values is { Count: > 0 } values && target is not null)
            {
                target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }
        }
    }

    /// <summary>
    /// A request body's schema inlines its parts (caller, upstream, evidence…), and the generator runs the schema transformers
    /// on the body only; this describes each part as <see cref="Describe"/> would, walking the record's properties.
    /// </summary>
    public static void DescribeParts(OpenApiSchema schema, Type type)
    {
        foreach (var member in type.GetProperties())
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
            var part = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            if (ApiCatalogue.FieldsOf(part) is null || schema.Properties?.TryGetValue(name, out var found) != true || found is not OpenApiSchema property)
            {
                continue;
            }

            var inline = property.Properties is { Count: > 0 } ? property : property.OneOf?.OfType<OpenApiSchema>().FirstOrDefault(o => o.Properties is { Count: > 0 });
            if (inline is not null)
            {
                Describe(inline, part);
                DescribeParts(inline, part);
            }
        }
    }
}
