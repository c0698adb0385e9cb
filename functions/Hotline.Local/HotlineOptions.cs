namespace Hotline.Local;

/// <summary>The local host's settings (section "Hotline"); every one has a working default for a fresh machine.</summary>
public sealed class HotlineOptions
{
    /// <summary>"Table" (Azure Table Storage / Azurite, the default) or "Memory" (nothing survives a restart).</summary>
    public string Storage { get; set; } = "Table";

    /// <summary>Table Storage connection string; the default is Azurite on 127.0.0.1:10002.</summary>
    public string Tables { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prefix of the table names, so several deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "hotline";

    /// <summary>"System" or "Manual" (tests and demos: the clock moves only through POST /api/clock).</summary>
    public string Clock { get; set; } = "System";

    /// <summary>Where the manual clock starts.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    public string DefaultProfile { get; set; } = Domain.Profiles.ProfileCatalog.ParkDispatch;

    /// <summary>"Demo" seeds a demo directory with well-known development API keys; "None" seeds nothing.</summary>
    public string Seed { get; set; } = "Demo";

    public SmsOptions Sms { get; set; } = new();

    public sealed class SmsOptions
    {
        /// <summary>ACS connection string; empty means the built-in simulator at this host's own /sim/acs/.</summary>
        public string? ConnectionString { get; set; }

        /// <summary>The number texts come from (an ACS toll-free number in production).</summary>
        public string From { get; set; } = "+18445550100";

        /// <summary>Shared secret Event Grid must present on the inbound webhook (?code= or the x-hotline-webhook-key header).</summary>
        public string WebhookKey { get; set; } = "local-webhook-key";
    }
}
