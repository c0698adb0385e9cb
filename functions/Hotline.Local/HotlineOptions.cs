using Hotline.Local.Durable;

namespace Hotline.Local;

/// <summary>The local host's settings (section "Hotline"); every one has a working default for a fresh machine.</summary>
public sealed class HotlineOptions
{
    /// <summary>
    /// The storage account: a connection string (the default is Azurite on 127.0.0.1, blob 10000, queue 10001, table
    /// 10002), or a table service URI reached with <c>DefaultAzureCredential</c>. The case tables live here, and the
    /// Durable task hub too unless <see cref="TaskHubSettings.Storage"/> names another.
    /// </summary>
    public string Tables { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>The Durable Task Framework engine's settings (section Hotline:Durable).</summary>
    public TaskHubSettings Durable { get; set; } = new();

    /// <summary>Loop turns of a case orchestration before it continues as new (see CaseOrchestratorOptions); fixed per deployment.</summary>
    public int StepsPerGeneration { get; set; } = 50;

    /// <summary>How long a signal's request waits for its commit before answering 202 (see <see cref="Service.Api.ApiOptions"/>).</summary>
    public TimeSpan CommitWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Prefix of the table names, so several deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "hotline";

    /// <summary>"System" or "Manual" (tests and demos: the clock moves only through POST /api/clock).</summary>
    public string Clock { get; set; } = "System";

    public bool IsManualClock => Clock.Equals("Manual", StringComparison.OrdinalIgnoreCase);

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
