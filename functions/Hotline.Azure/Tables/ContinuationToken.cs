using Azure;

namespace Hotline.Azure.Tables;

/// <summary>
/// Packs the service's NextPartitionKey/NextRowKey pair into the single opaque token of
/// <see cref="Page{T}.ContinuationToken"/>. The service's values are opaque strings without spaces.
/// </summary>
internal static class ContinuationToken
{
    private const char Separator = ' ';

    public static string? Format(string? nextPartitionKey, string? nextRowKey) =>
        string.IsNullOrEmpty(nextPartitionKey)
            ? null
            : string.IsNullOrEmpty(nextRowKey) ? nextPartitionKey : nextPartitionKey + Separator + nextRowKey;

    public static (string? NextPartitionKey, string? NextRowKey) Parse(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (null, null);
        }

        var separator = token.IndexOf(Separator, StringComparison.Ordinal);
        return separator < 0 ? (token, null) : (token[..separator], token[(separator + 1)..]);
    }
}
