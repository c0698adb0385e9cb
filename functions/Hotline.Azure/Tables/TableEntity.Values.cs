namespace Hotline.Azure.Tables;

public sealed partial class TableEntity
{
    /// <summary>
    /// True for the types that round-trip through the Table wire format unchanged: string, bool, int (Edm.Int32),
    /// long (Edm.Int64), double (Edm.Double), DateTimeOffset (Edm.DateTime, UTC), Guid and byte[] (Edm.Binary).
    /// </summary>
    /// <remarks>DateTime is refused on purpose: its Kind makes the stored instant ambiguous.</remarks>
    public static bool IsSupportedValue(object value) =>
        value is string or bool or int or long or double or DateTimeOffset or Guid or byte[];

    /// <summary>The string value, or null when absent.</summary>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public string? GetString(string key) => Find(key) switch
    {
        null => null,
        string s => s,
        var other => throw Mismatch(key, other, "string"),
    };

    /// <summary>The boolean value, or null when absent.</summary>
    public bool? GetBoolean(string key) => Find(key) switch
    {
        null => null,
        bool b => b,
        var other => throw Mismatch(key, other, "bool"),
    };

    /// <summary>The Edm.Int32 value, or null when absent.</summary>
    public int? GetInt32(string key) => Find(key) switch
    {
        null => null,
        int i => i,
        var other => throw Mismatch(key, other, "int"),
    };

    /// <summary>The Edm.Int64 value (an Int32 widens), or null when absent.</summary>
    public long? GetInt64(string key) => Find(key) switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw Mismatch(key, other, "long"),
    };

    /// <summary>The Edm.Double value, or null when absent.</summary>
    /// <remarks>An Int32 widens: some writers send whole doubles without a type annotation.</remarks>
    public double? GetDouble(string key) => Find(key) switch
    {
        null => null,
        double d => d,
        int i => i,
        var other => throw Mismatch(key, other, "double"),
    };

    /// <summary>The Edm.DateTime value (UTC), or null when absent.</summary>
    public DateTimeOffset? GetDateTimeOffset(string key) => Find(key) switch
    {
        null => null,
        DateTimeOffset d => d,
        var other => throw Mismatch(key, other, "DateTimeOffset"),
    };

    /// <summary>The Edm.Guid value, or null when absent.</summary>
    public Guid? GetGuid(string key) => Find(key) switch
    {
        null => null,
        Guid g => g,
        var other => throw Mismatch(key, other, "Guid"),
    };

    /// <summary>The Edm.Binary value, or null when absent.</summary>
    public byte[]? GetBinary(string key) => Find(key) switch
    {
        null => null,
        byte[] b => b,
        var other => throw Mismatch(key, other, "byte[]"),
    };

    private object? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _properties.GetValueOrDefault(key);
    }

    private static InvalidOperationException Mismatch(string key, object actual, string wanted) =>
        new($"Property '{key}' holds a {actual.GetType().Name}, not a {wanted}.");
}
