namespace Hotline.Azure.Sms;

/// <summary>
/// An Azure Communication Services connection string:
/// <c>endpoint=https://x.communication.azure.com/;accesskey=&lt;base64&gt;</c>.
/// </summary>
/// <remarks>A class rather than a record so that <see cref="ToString"/> can never print the key into a log.</remarks>
public sealed class AcsConnectionString
{
    private readonly byte[] _key;

    private AcsConnectionString(Uri endpoint, byte[] key)
    {
        Endpoint = endpoint;
        _key = key;
    }

    /// <summary>The resource endpoint, always ending in '/' so relative paths resolve beneath it.</summary>
    public Uri Endpoint { get; }

    /// <summary>The decoded access key (the HMAC secret).</summary>
    public ReadOnlySpan<byte> Key => _key;

    public static AcsConnectionString Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new FormatException("The ACS connection string is empty.");
        }

        string? endpoint = null;
        string? accessKey = null;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split at the first '=' only: a base64 key ends in '=' padding.
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"The ACS connection string has a segment without 'name=value': '{Redact(part)}'.");
            }

            var name = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            if (name.Equals("endpoint", StringComparison.OrdinalIgnoreCase))
            {
                endpoint = value;
            }
            else if (name.Equals("accesskey", StringComparison.OrdinalIgnoreCase))
            {
                accessKey = value;
            }
        }

        return new AcsConnectionString(ParseEndpoint(endpoint), DecodeKey(accessKey));
    }

    public override string ToString() => $"endpoint={Endpoint};accesskey=***";

    private static Uri ParseEndpoint(string? endpoint)
    {
        if (string.IsNullOrEmpty(endpoint))
        {
            throw new FormatException("The ACS connection string has no 'endpoint='.");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new FormatException($"The ACS endpoint '{endpoint}' is not an absolute http(s) URL without query.");
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static byte[] DecodeKey(string? accessKey)
    {
        if (string.IsNullOrEmpty(accessKey))
        {
            throw new FormatException("The ACS connection string has no 'accesskey='.");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(accessKey);
        }
        catch (FormatException ex)
        {
            throw new FormatException("The ACS access key is not valid base64.", ex);
        }

        return key.Length > 0 ? key : throw new FormatException("The ACS access key is empty.");
    }

    private static string Redact(string part) => part.Length <= 8 ? part : part[..8] + "…";
}
