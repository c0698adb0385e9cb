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
        // The local host's settings (its defaults), on a task hub of its own.
        var settings = new TaskHubSettings { Storage = connectionString, TaskHubName = taskHub, WorkerId = taskHub + "-worker" };
        ILoggerFactory loggers = NullLoggerFactory.Instance;
        _service = new AzureStorageOrchestrationService(settings.ToServiceSettings(connectionString, loggers));
        var shims = new DurableTaskShimFactory(null, loggers);
        _worker = new TaskHubWorker(_service, loggers);
        _worker.AddTaskOrchestrations(new OrchestratorCreator(nameof(BareLifecycleOrchestrator), new BareLifecycleOrchestrator(), shims));
        _worker.AddTaskActivities(new ActivityCreator(nameof(BareStepActivity), () => new BareStepActivity(), shims));
        Client = new TaskHubClient(_service, new SdkDataConverter(), loggers);
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
}
