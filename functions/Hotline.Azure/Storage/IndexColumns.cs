using Azure.Data.Tables;

namespace Hotline.Azure.Storage;

/// <summary>Compares two index rows by what readers use: keys and columns, not the version guard or the service's own properties.</summary>
internal static class IndexColumns
{
    private static readonly HashSet<string> NotCompared = new(StringComparer.Ordinal)
    {
        SearchRows.VersionColumn, "odata.etag", "Timestamp",
    };

    public static bool Same(TableEntity a, TableEntity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.PartitionKey != b.PartitionKey || a.RowKey != b.RowKey)
        {
            return false;
        }

        var aColumns = Columns(a);
        return aColumns.SetEquals(Columns(b)) && aColumns.All(k => Equals(Normal(a[k]), Normal(b[k])));
    }

    /// <summary>The compared columns; a null column is not stored, so it counts as absent.</summary>
    private static HashSet<string> Columns(TableEntity row) =>
        row.Where(c => c.Value is not null && !NotCompared.Contains(c.Key) && c.Key is not ("PartitionKey" or "RowKey")).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>A row read back gives instants as DateTimeOffset in UTC and nulls as absent; a row made in memory may not.</summary>
    private static object? Normal(object? value) => value switch
    {
        DateTimeOffset at => at.ToUniversalTime(),
        DateTime at => new DateTimeOffset(at.ToUniversalTime()),
        _ => value,
    };
}
