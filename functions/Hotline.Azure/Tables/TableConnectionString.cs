namespace Hotline.Azure.Tables;

/// <summary>
/// The parts of a storage connection string the Table client needs: where the Table service is and
/// which shared key signs the requests.
/// </summary>
/// <remarks>
/// Accepted forms: <c>UseDevelopmentStorage=true</c> (Azurite on its default port),
/// <c>DefaultEndpointsProtocol=…;AccountName=…;AccountKey=…[;EndpointSuffix=…]</c>, and any of those with an
/// explicit <c>TableEndpoint=…</c> (path-style endpoints such as Azurite's keep the account in the path).
/// SAS and token connection strings are not supported: the client signs with SharedKeyLite only.
/// <see cref="ToString"/> never prints the key.
/// </remarks>
public sealed class TableConnectionString
{
    /// <summary>The well-known Azurite account (published in the Azurite README).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known Azurite account key (published in the Azurite README; not a secret).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Uri DevelopmentTableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    private TableConnectionString(Uri tableEndpoint, TableSharedKeyCredential credential)
    {
        TableEndpoint = tableEndpoint;
        Credential = credential;
    }

    /// <summary>Base address of the Table service, e.g. <c>https://acct.table.core.windows.net/</c>.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>Account name and key used to sign requests.</summary>
    public TableSharedKeyCredential Credential { get; }

    /// <summary>Parses a storage connection string.</summary>
    /// <exception cref="FormatException">The string is malformed or lacks what the Table client needs.</exception>
    public static TableConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = ReadSettings(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var useDev))
        {
            if (!string.Equals(useDev, "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException("Connection string: UseDevelopmentStorage only accepts 'true'.");
            }

            if (settings.Count > 1)
            {
                throw new FormatException(
                    "Connection string: UseDevelopmentStorage=true cannot be combined with other settings; " +
                    "spell out AccountName, AccountKey and TableEndpoint instead.");
            }

            return new TableConnectionString(
                DevelopmentTableEndpoint,
                new TableSharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey));
        }

        var accountName = Required(settings, "AccountName");
        var accountKey = Required(settings, "AccountKey");
        var credential = CreateCredential(accountName, accountKey);
        return new TableConnectionString(ResolveEndpoint(settings, accountName), credential);
    }

    /// <inheritdoc />
    public override string ToString() => $"TableEndpoint={TableEndpoint};AccountName={Credential.AccountName}";

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            // Split on the first '=' only: base64 keys end with '=' padding.
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // The segment is not echoed: it may be a fragment of the key.
                throw new FormatException($"Connection string: segment {i + 1} is not 'Name=Value'.");
            }

            var name = segment[..equals].Trim();
            if (!settings.TryAdd(name, segment[(equals + 1)..].Trim()))
            {
                throw new FormatException($"Connection string: setting '{name}' appears more than once.");
            }
        }

        return settings;
    }

    private static Uri ResolveEndpoint(Dictionary<string, string> settings, string accountName)
    {
        if (settings.TryGetValue("TableEndpoint", out var explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var endpoint)
                || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                throw new FormatException($"Connection string: TableEndpoint '{explicitEndpoint}' is not an absolute http(s) URI.");
            }

            return endpoint;
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https").ToLowerInvariant();
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException($"Connection string: DefaultEndpointsProtocol must be http or https, not '{protocol}'.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        if (!Uri.TryCreate($"{protocol}://{accountName}.table.{suffix}/", UriKind.Absolute, out var derived))
        {
            throw new FormatException($"Connection string: AccountName '{accountName}' and EndpointSuffix '{suffix}' do not form a valid host.");
        }

        return derived;
    }

    private static TableSharedKeyCredential CreateCredential(string accountName, string accountKey)
    {
        try
        {
            return new TableSharedKeyCredential(accountName, accountKey);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"Connection string: {ex.Message}", ex);
        }
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException(
                $"Connection string: '{name}' is required (or use UseDevelopmentStorage=true for Azurite). " +
                "SAS and token connection strings are not supported.");
}
