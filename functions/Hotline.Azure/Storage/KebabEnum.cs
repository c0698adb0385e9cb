using System.Collections.Frozen;
using System.Text.Json;

namespace Hotline.Azure.Storage;

/// <summary>Enum values as the kebab-case names the JSON uses (<c>InProgress</c> ⇄ <c>in-progress</c>), so query columns and snapshots agree.</summary>
internal static class KebabEnum<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> Values =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(T value) => Names[value];

    public static T Parse(string name) =>
        Values.TryGetValue(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(T).Name} (expected one of {string.Join(", ", Values.Keys)}).");
}
