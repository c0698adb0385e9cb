using System.Text.RegularExpressions;

namespace Hotline.Azure.Tables;

/// <summary>Validation and URL formatting of table names and entity keys.</summary>
/// <remarks>
/// Checked on the client so a bad key fails with an <see cref="ArgumentException"/> naming the problem before
/// any request, instead of a terse 400 from the service (or, for '/', '#' and '?', a request to the wrong URL).
/// </remarks>
internal static partial class TableKeys
{
    /// <summary>The service's limit is "1 KiB"; Azurite and the SDK docs read it as 1024 characters.</summary>
    public const int MaxKeyLength = 1024;

    public static void ValidateKey(string key, string paramName)
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
    }

    public static void ValidateTableName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        if (!TableNamePattern().IsMatch(tableName) || string.Equals(tableName, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Table name '{tableName}' is invalid: 3–63 letters or digits, starting with a letter, and not 'tables'.",
                nameof(tableName));
        }
    }

    /// <summary><c>{table}(PartitionKey='…',RowKey='…')</c> with quotes doubled (OData) and then percent-encoded.</summary>
    public static string EntityPath(string tableName, string partitionKey, string rowKey)
    {
        ValidateKey(partitionKey, nameof(partitionKey));
        ValidateKey(rowKey, nameof(rowKey));
        return $"{tableName}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";
    }

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
