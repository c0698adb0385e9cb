using System.Globalization;

namespace Hotline.Service.Api;

/// <summary>Collects field errors; the request is refused with all of them at once.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(reason);
    }

    public string? Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
            return null;
        }

        return Optional(value, field, maxLength);
    }

    /// <summary>A date (or month) as <paramref name="format"/>; otherwise null, with the field named as missing or malformed.</summary>
    public DateOnly? Date(string? value, string field, string format = "yyyy-MM-dd")
    {
        if (DateOnly.TryParseExact(value?.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(field, value is null ? $"Required, as {format}." : $"'{value}' is not a date as {format}.");
        return null;
    }

    public string? Optional(string? value, string field, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters (got {trimmed.Length}).");
            return null;
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>Parses a kebab-case enum value ("cannot-resolve"); lists the accepted values when it is not one.</summary>
    public T? Enum<T>(string? value, string field, T? fallback = null)
        where T : struct, System.Enum
    {
        if (value is null)
        {
            if (fallback is null)
            {
                Add(field, $"Required; one of: {string.Join(", ", Names<T>())}.");
            }

            return fallback;
        }

        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (string.Equals(CaseViews.Kebab(candidate), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        Add(field, $"'{value}' is not one of: {string.Join(", ", Names<T>())}.");
        return null;
    }

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public static IEnumerable<string> Names<T>()
        where T : struct, System.Enum => System.Enum.GetValues<T>().Select(v => CaseViews.Kebab(v));
}
