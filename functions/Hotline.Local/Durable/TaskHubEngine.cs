using DurableTask.AzureStorage;
using DurableTask.Core;
using Hotline.Service.Orchestration;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Hotline.Local.Durable;

/// <summary>
/// The local / self-hosted Durable engine: a Durable Task Framework <see cref="TaskHubWorker"/> over
/// <see cref="AzureStorageOrchestrationService"/> — the backend Durable Functions uses in Azure — running the same
/// <see cref="CaseOrchestrator"/> and activity classes as the Functions app, adapted by the SDK's shims. Its
/// <see cref="Client"/> is the client side (start, raise, query, terminate, purge) behind <see cref="ICaseOrchestrations"/>.
/// </summary>
public sealed partial class TaskHubEngine : IHostedService, IDisposable
{
    private readonly AzureStorageOrchestrationService _service;
    private readonly TaskHubWorker _worker;
    private readonly ILogger<TaskHubEngine> _logger;
    private readonly TaskHubSettings _settings;

    public TaskHubEngine(TaskHubSettings settings, string tablesSetting, IServiceProvider services, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(services);
        _settings = settings;
        _logger = loggers.CreateLogger<TaskHubEngine>();
        _service = new AzureStorageOrchestrationService(settings.ToServiceSettings(tablesSetting, loggers));
        var shims = new DurableTaskShimFactory(null, loggers);
        _worker = new TaskHubWorker(_service, loggers);
        _worker.AddTaskOrchestrations(new OrchestratorCreator(nameof(CaseOrchestrator), services.GetRequiredService<CaseOrchestrator>(), shims));
        _worker.AddTaskActivities([.. OrchestrationServiceExtensions.ActivityTypes.Select(type =>
            new ActivityCreator(type.Name, () => (ITaskActivity)services.GetRequiredService(type), shims))]);
        Client = new TaskHubClient(_service, new SdkDataConverter(), loggers);
    }

    /// <summary>The Durable Task Framework client of this task hub.</summary>
    public TaskHubClient Client { get; }

    /// <summary>The backend, for what the client does not offer (queries, purge).</summary>
    public AzureStorageOrchestrationService Service => _service;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _service.CreateIfNotExistsAsync();
        await _worker.StartAsync();
        LogStarted(_logger, _settings.TaskHubName, _settings.WorkerId, _settings.PartitionCount);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Not graceful on purpose: what is in flight is abandoned and redelivered, exactly as after a crash. Bounded, because
        // with the storage account unreachable the partition manager waits (up to 10 min) for a lease release that cannot happen.
        try
        {
            await _worker.StopAsync(isForced: true).WaitAsync(StopTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogStopAbandoned(_logger, StopTimeout);
        }
    }

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Durable worker did not stop within {Timeout}; abandoning it (its leases expire and another worker takes over)")]
    private static partial void LogStopAbandoned(ILogger logger, TimeSpan timeout);

    public void Dispose() => _worker.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable Task Framework worker started: task hub {TaskHub}, worker {WorkerId}, {Partitions} partition(s)")]
    private static partial void LogStarted(ILogger logger, string taskHub, string workerId, int partitions);
}
