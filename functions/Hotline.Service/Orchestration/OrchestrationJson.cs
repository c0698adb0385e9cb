using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Serialization;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The JSON of everything that crosses the Durable boundary: orchestration input, signals, activity requests and results.
/// </summary>
/// <remarks>
/// Hotline's own conventions (<see cref="HotlineJson"/>) plus a type discriminator (<c>$type</c>, the kebab-cased type name)
/// on the domain's closed hierarchies: triggers, commands and recipients. The domain stays free of serializer attributes, and
/// every concrete subtype is found by reflection so a new trigger cannot be forgotten here. Payloads cross Durable as JSON
/// strings, so Durable's own data converter never has to understand these types.
/// </remarks>
public static class OrchestrationJson
{
    private static readonly Type[] Hierarchies = [typeof(CaseTrigger), typeof(CaseCommand), typeof(Recipient)];

    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <exception cref="JsonException">The text is not a <typeparamref name="T"/>.</exception>
    public static T Read<T>(string? json) =>
        JsonSerializer.Deserialize<T>(json ?? throw new JsonException($"Expected a {typeof(T).Name}, got nothing."), Options)
        ?? throw new JsonException($"Expected a {typeof(T).Name}, got null.");

    private static JsonSerializerOptions Create()
    {
        var options = HotlineJson.Create();
        options.Converters.Add(new RoleSetConverter());
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddDiscriminators } };
        options.MakeReadOnly();
        return options;
    }

    private static void AddDiscriminators(JsonTypeInfo info)
    {
        if (!Hierarchies.Contains(info.Type))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions { UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization };
        foreach (var type in info.Type.Assembly.GetTypes().Where(t => t.IsSubclassOf(info.Type) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, JsonNamingPolicy.KebabCaseLower.ConvertName(type.Name)));
        }
    }

    /// <summary>An actor's roles (<see cref="IReadOnlySet{T}"/>, which the serializer cannot create), written sorted so the JSON is stable.</summary>
    private sealed class RoleSetConverter : JsonConverter<IReadOnlySet<Role>>
    {
        public override IReadOnlySet<Role> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<List<Role>>(ref reader, options)?.ToHashSet() ?? throw new JsonException("Roles cannot be null.");

        public override void Write(Utf8JsonWriter writer, IReadOnlySet<Role> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Order().ToList(), options);
    }
}
