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

    /// <summary>
    /// The secret keying callers' search rows (a phone number is stored only as an HMAC under it, never in a table key,
    /// R-PV-1). Empty: generated once and kept in the counters table, shared by every host of the deployment. When set,
    /// set it alike in every host of the deployment (at least 16 characters) and never change it.
    /// </summary>
    public string IndexKey { get; set; } = string.Empty;

    /// <summary>"System" or "Manual" (tests and demos: the clock moves only through POST /api/clock).</summary>
    public string Clock { get; set; } = "System";

    public bool IsManualClock => Clock.Equals("Manual", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the manual clock starts.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    public string DefaultProfile { get; set; } = Domain.Profiles.ProfileCatalog.ParkDispatch;

    /// <summary>
    /// The demo, asked for explicitly (<c>--Hotline:Demo=true</c>, as ./run.sh does): seeds the demo directory with its
    /// well-known development API keys ("demo-{id}") and turns the SMS simulator on. Off by default, so a host started
    /// without it has no staff member anyone can sign in as.
    /// </summary>
    public bool Demo { get; set; }

    /// <summary>The first admin of a directory that has none (section Hotline:BootstrapAdmin).</summary>
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    public SmsOptions Sms { get; set; } = new();

    public sealed class BootstrapAdminOptions
    {
        /// <summary>The admin's mobile; setting it asks for the bootstrap (ignored once the directory has an admin).</summary>
        public string? Phone { get; set; }

        public string Id { get; set; } = "admin";

        public string Name { get; set; } = "系统管理员";
    }

    /// <summary>True when the SMS simulator runs: in the demo, or when asked for with Hotline:Sms:Simulator=true.</summary>
    public bool IsSimulator => Demo || Sms.Simulator;

    public sealed class SmsOptions
    {
        /// <summary>
        /// Runs the built-in SMS simulator (its /sim/ endpoints let anyone read any phone's texts and reply as any phone,
        /// so it exists only when asked for, or in the demo). Ignored when <see cref="ConnectionString"/> is set.
        /// </summary>
        public bool Simulator { get; set; }

        /// <summary>ACS connection string; empty means the built-in simulator at this host's own /sim/acs/ in simulator mode, and no SMS otherwise.</summary>
        public string? ConnectionString { get; set; }

        /// <summary>The number texts come from (an ACS toll-free number in production).</summary>
        public string From { get; set; } = "+18445550100";

        /// <summary>Shared secret Event Grid must present on the inbound webhook (?code= or the x-hotline-webhook-key header).</summary>
        public string WebhookKey { get; set; } = "local-webhook-key";
    }
}
