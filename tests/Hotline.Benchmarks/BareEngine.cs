using DurableTask.AzureStorage;
using DurableTask.Core;
using Hotline.Local.Durable;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Benchmarks;

/// <summary>
/// The bare engine: a DTFx <see cref="TaskHubWorker"/> on <see cref="AzureStorageOrchestrationService"/> with the local
/// host's settings (<see cref="TaskHubSettings"/> defaults), running <see cref="BareLifecycleOrchestrator"/> through the
/// SDK's <see cref="DurableTaskShimFactory"/> exactly as the host runs the case orchestrator.
/// </summary>
public sealed class BareEngine : IAsyncDisposable
{
    private readonly AzureStorageOrchestrationService _service;
    private readonly TaskHubWorker _worker;

    private BareEngine(string connectionString, string taskHub)
    {
        var defaults = new TaskHubSettings();
        ILoggerFactory loggers = NullLoggerFactory.Instance;
        _service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            TaskHubName = taskHub,
            PartitionCount = defaults.PartitionCount,
            MaxQueuePollingInterval = defaults.MaxQueuePollingInterval,
            PartitionTableOperationTimeout = defaults.PartitionTableOperationTimeout,
            WorkerId = taskHub + "-worker",
            UseAppLease = defaults.UseAppLease,
            ControlQueueVisibilityTimeout = defaults.ControlQueueVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = defaults.MaxConcurrentActivities,
            MaxConcurrentTaskOrchestrationWorkItems = defaults.MaxConcurrentOrchestrations,
            LoggerFactory = loggers,
        });
        var shims = new DurableTaskShimFactory(null, loggers);
        _worker = new TaskHubWorker(_service, loggers);
        _worker.AddTaskOrchestrations(new Creator<TaskOrchestration>(nameof(BareLifecycleOrchestrator),
            () => shims.CreateOrchestration(new TaskName(nameof(BareLifecycleOrchestrator)), new BareLifecycleOrchestrator(), parent: null)));
        _worker.AddTaskActivities(new Creator<TaskActivity>(nameof(BareStepActivity),
            () => shims.CreateActivity(new TaskName(nameof(BareStepActivity)), new BareStepActivity())));
        Client = new TaskHubClient(_service, new JsonConverter(), loggers);
    }

    public TaskHubClient Client { get; }

    public static async Task<BareEngine> StartAsync(string connectionString, string taskHub)
    {
        var engine = new BareEngine(connectionString, taskHub);
        await engine._service.CreateIfNotExistsAsync();
        await engine._worker.StartAsync();
        return engine;
    }

    public Task<OrchestrationInstance> StartInstanceAsync(string id) =>
        Client.CreateOrchestrationInstanceAsync(nameof(BareLifecycleOrchestrator), string.Empty, id, "bare");

    public Task RaiseAsync(string id, string payload) =>
        Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = id }, BareLifecycleOrchestrator.SignalEvent, payload);

    /// <summary>Stops the worker and deletes the task hub, so its queued timer messages do not slow the next engine's queues.</summary>
    public async ValueTask DisposeAsync()
    {
        await _worker.StopAsync(isForced: true);
        await _service.DeleteAsync();
        _worker.Dispose();
    }

    /// <summary>Registered with version "", which instances are started with; a fresh shim per episode or call.</summary>
    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> _create;

        public Creator(string name, Func<T> create)
        {
            Name = name;
            Version = string.Empty;
            _create = create;
        }

        public override T Create() => _create();
    }

    /// <summary>The SDK's System.Text.Json converter for the client, as the host's client uses (DTFx's default is Newtonsoft).</summary>
    private sealed class JsonConverter : DurableTask.Core.Serializing.DataConverter
    {
        private readonly Microsoft.DurableTask.Converters.JsonDataConverter _sdk = Microsoft.DurableTask.Converters.JsonDataConverter.Default;

        public override string Serialize(object value) => _sdk.Serialize(value) ?? "null";

        public override string Serialize(object value, bool formatted) => Serialize(value);

        public override object Deserialize(string data, Type objectType) => _sdk.Deserialize(data, objectType)!;
    }
}
