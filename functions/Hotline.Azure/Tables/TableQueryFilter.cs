using System.Globalization;

namespace Hotline.Azure.Tables;

/// <summary>Turns an interpolated filter into OData with every argument rendered as a safe literal.</summary>
internal static class TableQueryFilter
{
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>An OData literal; strings have their single quotes doubled so values cannot end the literal.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d => DoubleLiteral(d),
        DateTimeOffset t => "datetime'" + t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexString(bytes) + "'",
        _ => throw new ArgumentException(
            $"Filter arguments of type {value.GetType().Name} are not supported; " +
            "use string, bool, int, long, double, DateTimeOffset, Guid or byte[].", nameof(value)),
    };

    private static string DoubleLiteral(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("NaN and infinities cannot be compared in a filter.", nameof(value));
        }

        // "R" gives "2" for 2.0; OData reads that as Int32, so keep a decimal point.
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0";
    }
}
