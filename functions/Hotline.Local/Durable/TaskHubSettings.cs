using DurableTask.AzureStorage;

namespace Hotline.Local.Durable;

/// <summary>
/// The Durable Task Framework settings of the local / self-hosted engine (section <c>Hotline:Durable</c>), in one place,
/// each with the reason for its value. Measured on Azurite with 2 cores (docs/benchmark.md, platform.md §1a).
/// </summary>
public sealed class TaskHubSettings
{
    /// <summary>
    /// Storage for the task hub: a connection string (Azurite locally; blob, queue and table endpoints), or empty to use
    /// the same setting as the case tables (<c>Hotline:Tables</c>).
    /// </summary>
    public string? Storage { get; set; }

    /// <summary>
    /// Account name to reach with <c>DefaultAzureCredential</c> (managed identity) instead of a connection string, when
    /// self-hosted against a real storage account. Overrides <see cref="Storage"/>.
    /// </summary>
    public string? AccountName { get; set; }

    /// <summary>
    /// Names the queues, tables and lease blobs of this engine (letters and digits, 3–45 characters). Hosts that share
    /// work use the same name; separate environments on one account use different ones.
    /// </summary>
    public string TaskHubName { get; set; } = "hotline";

    /// <summary>
    /// Control queues (1–16), fixed for a task hub's life: instances are spread over them by id, and each is owned by one
    /// worker at a time. 1 was faster than 4 on Azurite (every queue poll scans the account's messages); raise it
    /// before a task hub is first created if several workers must share orchestration work.
    /// </summary>
    public int PartitionCount { get; set; } = 1;

    /// <summary>
    /// The longest idle wait between queue polls. The default of 30 s would let an event from another process wait that
    /// long; 1 s keeps replies and intakes prompt at about 2 idle requests per second.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a partition-table (lease) operation may take; the 2 s default times out under load on Azurite.</summary>
    public TimeSpan PartitionTableOperationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Identifies this worker in the partition leases. Stable across restarts, so a restarted host takes its own leases
    /// back at once instead of waiting for them to expire; distinct per host when several share a task hub. Default:
    /// the machine name and the process's listening port are not known here, so hosts on one machine must set it.
    /// </summary>
    public string WorkerId { get; set; } = Environment.MachineName;

    /// <summary>
    /// The app lease lets only one "app" of a task hub run at a time (blue/green deployments). Off: several local hosts
    /// share the work through partition leases, and a restarted host resumes in ~0.2 s instead of waiting for the lease.
    /// </summary>
    public bool UseAppLease { get; set; }

    /// <summary>
    /// How long a message taken by a worker stays invisible to others. A killed worker's messages come back after this,
    /// so it bounds recovery after a crash (the 5-minute default would stall a restarted host's cases); 30–60 s worked in
    /// crash tests, and it must stay well above the longest activity (an SMS send with its timeouts).
    /// </summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>
    /// The same for activity messages (a commit, an SMS send): a killed worker's activity is run again by a live one after
    /// this. Well above the longest activity (an SMS send with the ACS client's retries and 10 s timeouts).
    /// </summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Activities run at once by this worker (commits and SMS sends are I/O bound).</summary>
    public int MaxConcurrentActivities { get; set; } = 16;

    /// <summary>Orchestration episodes replayed at once by this worker.</summary>
    public int MaxConcurrentOrchestrations { get; set; } = 32;

    /// <summary>The backend's settings from these.</summary>
    /// <param name="fallbackStorage">The connection string to use when neither <see cref="AccountName"/> nor <see cref="Storage"/> is set.</param>
    public AzureStorageOrchestrationServiceSettings ToServiceSettings(string fallbackStorage, ILoggerFactory loggers) => new()
    {
        StorageAccountClientProvider = AccountName is { Length: > 0 } account
            ? new StorageAccountClientProvider(account, new global::Azure.Identity.DefaultAzureCredential())
            : new StorageAccountClientProvider(Storage is { Length: > 0 } storage ? storage : fallbackStorage),
        TaskHubName = TaskHubName,
        PartitionCount = PartitionCount,
        MaxQueuePollingInterval = MaxQueuePollingInterval,
        PartitionTableOperationTimeout = PartitionTableOperationTimeout,
        WorkerId = WorkerId,
        UseAppLease = UseAppLease,
        ControlQueueVisibilityTimeout = ControlQueueVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = WorkItemQueueVisibilityTimeout,
        MaxConcurrentTaskActivityWorkItems = MaxConcurrentActivities,
        MaxConcurrentTaskOrchestrationWorkItems = MaxConcurrentOrchestrations,
        LoggerFactory = loggers,
    };
}
