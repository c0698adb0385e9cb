namespace Hotline.Local;

/// <summary>
/// Settings earlier versions read and this host no longer has. Configuration ignores unknown keys, so without this check
/// <c>--Hotline:Storage=Memory</c> would start the host on Azurite as if the option had been honoured; the host stops
/// instead and says what to do.
/// </summary>
public static class RetiredSettings
{
    private static readonly Dictionary<string, string> Retired = new(StringComparer.OrdinalIgnoreCase)
    {
        // One engine in every host (docs/architecture.md): the in-memory store and the home-made runner were retired.
        ["Hotline:Storage"] = "The host always keeps its state in Table Storage (Azurite locally: ./run.sh starts it); "
            + "the in-memory store was retired with the home-made runner. Remove Hotline:Storage; for a separate data set use "
            + "AZURITE_DATA and the AZURITE_*_PORT variables of ./run.sh, or --Hotline:TablePrefix with --Hotline:Durable:TaskHubName on one account.",
    };

    public static void Refuse(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, reason) in Retired)
        {
            if (configuration[key] is { } value)
            {
                throw new InvalidOperationException($"{key}={value} is no longer a setting. {reason}");
            }
        }
    }
}
