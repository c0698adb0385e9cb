namespace Hotline.Azure.Tables;

/// <summary>A storage account name and its shared key, used to sign Table requests (SharedKeyLite).</summary>
public sealed class TableSharedKeyCredential
{
    /// <param name="accountName">The storage account name.</param>
    /// <param name="accountKey">The account key, base64 as shown in the portal.</param>
    /// <exception cref="ArgumentException">The name is empty or the key is not base64.</exception>
    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountKey);
        AccountName = accountName;
        KeyBytes = DecodeKey(accountKey);
    }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    internal byte[] KeyBytes { get; }

    /// <inheritdoc />
    public override string ToString() => $"TableSharedKeyCredential({AccountName})";

    private static byte[] DecodeKey(string accountKey)
    {
        try
        {
            return Convert.FromBase64String(accountKey);
        }
        catch (FormatException ex)
        {
            // The key itself is not echoed.
            throw new ArgumentException("The account key is not valid base64.", nameof(accountKey), ex);
        }
    }
}
