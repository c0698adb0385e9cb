using Azure.Data.Tables;

namespace Hotline.Azure.Storage;

/// <summary>The service's rules for PartitionKey and RowKey, checked before a key is sent.</summary>
/// <remarks>
/// Azure.Data.Tables sends keys as they are. A key with '/', '\', '#' or '?' is refused by the service with a terse
/// 400 (which <see cref="StorageErrors"/> would report as an outage), and in an entity path ('#', '?') it can address
/// another resource than meant. Checking first fails with an <see cref="ArgumentException"/> that names the problem,
/// and nothing is written.
/// </remarks>
internal static class TableKeys
{
    /// <summary>The service's limit is "1 KiB"; Azurite and the SDK documentation read it as 1024 characters.</summary>
    public const int MaxKeyLength = 1024;

    /// <exception cref="ArgumentException">The key is too long or holds a character keys may not.</exception>
    public static string Validate(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A {paramName} may hold at most {MaxKeyLength} characters; this one has {key.Length}.", paramName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"A {paramName} may not contain '/', '\\', '#', '?' or control characters (found U+{(int)c:X4}).", paramName);
            }
        }

        return key;
    }

    /// <summary>Checks both keys of an entity about to be written.</summary>
    public static T Validate<T>(T entity)
        where T : ITableEntity
    {
        ArgumentNullException.ThrowIfNull(entity);
        Validate(entity.PartitionKey, nameof(entity.PartitionKey));
        Validate(entity.RowKey, nameof(entity.RowKey));
        return entity;
    }
}
