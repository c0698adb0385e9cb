namespace Hotline.Functions;

/// <summary>
/// App settings of section "Hotline" (in Azure <c>Hotline__Tables</c>, <c>Hotline__Sms__From</c>, …), named as in the
/// local host. infra/modules/functions.bicep sets them; local.settings.json.example shows them.
/// </summary>
public sealed class FunctionsSettings
{
    /// <summary>
    /// The case tables' account: a connection string (<c>UseDevelopmentStorage=true</c> locally) or, in Azure, the account
    /// URI (<c>https://acct.table.core.windows.net/</c>), reached with the app's managed identity.
    /// </summary>
    public string Tables { get; set; } = "UseDevelopmentStorage=true";

    public string TablePrefix { get; set; } = "hotline";

    /// <summary>
    /// The secret keying callers' search rows (a phone number is stored only as an HMAC under it, never in a table key,
    /// R-PV-1). Empty: generated once and kept in the counters table, shared by every host of the deployment. When set,
    /// set it alike in every host of the deployment (at least 16 characters) and never change it.
    /// </summary>
    public string IndexKey { get; set; } = string.Empty;

    public string DefaultProfile { get; set; } = Domain.Profiles.ProfileCatalog.ParkDispatch;

    public SmsSettings Sms { get; set; } = new();

    public sealed class SmsSettings
    {
        /// <summary>ACS connection string (endpoint=…;accesskey=…).</summary>
        public string ConnectionString { get; set; } = string.Empty;

        /// <summary>The ACS number texts come from, E.164.</summary>
        public string From { get; set; } = string.Empty;
    }
}
