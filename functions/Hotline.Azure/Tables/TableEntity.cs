using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace Hotline.Azure.Tables;

/// <summary>
/// A Table entity: its keys and custom properties as a dictionary, plus the service's <see cref="ETag"/> and
/// <see cref="Timestamp"/>. Values are limited to the types that round-trip through the wire (see
/// <see cref="IsSupportedValue"/>); anything else is rejected when set, not when sent.
/// </summary>
/// <remarks>
/// <c>PartitionKey</c> and <c>RowKey</c> live in the dictionary (as they do on the wire) and are validated when
/// set. <c>Timestamp</c> and <c>odata.*</c> names are reserved: the service owns them. To clear a property
/// remove it; null values are refused because the service cannot store them.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "The Azure SDK's name, kept for an easy swap.")]
public sealed partial class TableEntity : IDictionary<string, object>
{
    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";
    internal const string TimestampName = "Timestamp";
    private const int MaxPropertyNameLength = 255;

    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    /// <summary>An empty entity; set <see cref="PartitionKey"/> and <see cref="RowKey"/> before sending it.</summary>
    public TableEntity()
    {
    }

    /// <summary>An entity with its keys.</summary>
    /// <exception cref="ArgumentException">A key breaks the service's key rules.</exception>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>An entity holding a copy of <paramref name="values"/>, validated like the indexer.</summary>
    public TableEntity(IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
        {
            this[name] = value;
        }
    }

    /// <summary>The partition key; throws <see cref="InvalidOperationException"/> while unset.</summary>
    public string PartitionKey
    {
        get => GetRequiredKey(PartitionKeyName);
        set => this[PartitionKeyName] = value;
    }

    /// <summary>The row key; throws <see cref="InvalidOperationException"/> while unset.</summary>
    public string RowKey
    {
        get => GetRequiredKey(RowKeyName);
        set => this[RowKeyName] = value;
    }

    /// <summary>The version the service last reported (<c>odata.etag</c>); default when never read or written.</summary>
    public ETag ETag { get; set; }

    /// <summary>When the service last modified the entity; read-only on the service side.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc />
    public int Count => _properties.Count;

    /// <inheritdoc />
    public ICollection<string> Keys => _properties.Keys;

    /// <inheritdoc />
    public ICollection<object> Values => _properties.Values;

    bool ICollection<KeyValuePair<string, object>>.IsReadOnly => false;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">Reserved or over-long name, unsupported value type, or an invalid key.</exception>
    public object this[string key]
    {
        get => _properties[key];
        set => _properties[key] = Validate(key, value);
    }

    /// <inheritdoc />
    public void Add(string key, object value) => _properties.Add(key, Validate(key, value));

    /// <inheritdoc />
    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    /// <inheritdoc />
    public bool Remove(string key) => _properties.Remove(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => _properties.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Clear() => _properties.Clear();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)_properties).Contains(item);

    void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object>>)_properties).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)_properties).Remove(item);

    /// <summary>Stores a value read from the service without re-validating it.</summary>
    internal void SetFromWire(string name, object value) => _properties[name] = value;

    internal bool HasKeys => _properties.ContainsKey(PartitionKeyName) && _properties.ContainsKey(RowKeyName);

    private string GetRequiredKey(string name) =>
        _properties.TryGetValue(name, out var value)
            ? (string)value
            : throw new InvalidOperationException($"The entity has no {name} yet.");

    private static object Validate(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value, name);
        if (name is PartitionKeyName or RowKeyName)
        {
            var key = value as string ?? throw new ArgumentException($"{name} must be a string.", name);
            TableKeys.ValidateKey(key, name);
            return key;
        }

        if (name.Length == 0 || name.Length > MaxPropertyNameLength)
        {
            throw new ArgumentException($"Property names hold 1–{MaxPropertyNameLength} characters.", nameof(name));
        }

        if (name == TimestampName || name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is reserved by the service; use the Timestamp and ETag properties.", nameof(name));
        }

        return IsSupportedValue(value)
            ? value
            : throw new ArgumentException(
                $"Property '{name}' has type {value.GetType().Name}; supported: string, bool, int, long, double, DateTimeOffset, Guid, byte[].",
                nameof(value));
    }
}
