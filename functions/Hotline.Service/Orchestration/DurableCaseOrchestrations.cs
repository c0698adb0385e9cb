using Hotline.Domain.Cases;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Hotline.Service.Orchestration;

/// <summary><see cref="ICaseOrchestrations"/> over the Durable Task SDK client (the one Functions binds to each invocation, or a test host's).</summary>
/// <param name="manualClock">Start orchestrations whose time moves only by ticks (<see cref="CaseOrchestrationInput.ManualClock"/>).</param>
public sealed class DurableCaseOrchestrations(DurableTaskClient client, bool manualClock = false) : ICaseOrchestrations
{
    private static readonly OrchestrationRuntimeStatus[] Active =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    public async Task<CaseInstance?> GetAsync(CaseId id, CancellationToken cancellationToken) =>
        await client.GetInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id), getInputsAndOutputs: true, cancellationToken) is { } metadata ? Map(metadata) : null;

    public async Task<IReadOnlyList<CaseInstance>> ListAsync(bool activeOnly, int max, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = CaseOrchestrationInput.InstanceIdPrefix,
            Statuses = activeOnly ? Active : null,
            PageSize = max,
            FetchInputsAndOutputs = true,
        };
        var instances = new List<CaseInstance>();
        await foreach (var metadata in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            instances.Add(Map(metadata));
            if (instances.Count == max)
            {
                break;
            }
        }

        return instances;
    }

    public Task StartAsync(CaseOrchestrationInput input, CancellationToken cancellationToken) =>
        client.ScheduleNewOrchestrationInstanceAsync(
            nameof(CaseOrchestrator), OrchestrationJson.Write(input with { ManualClock = manualClock }), new StartOrchestrationOptions(CaseOrchestrationInput.InstanceIdFor(input.Case.State.Id)), cancellationToken);

    public Task SignalAsync(CaseId id, CaseSignal signal, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(CaseOrchestrationInput.InstanceIdFor(id), CaseOrchestrator.SignalEvent, OrchestrationJson.Write(signal), cancellationToken);

    public Task TerminateAsync(CaseId id, string reason, CancellationToken cancellationToken) =>
        client.TerminateInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id), reason, cancellationToken);

    public async Task<bool> PurgeAsync(CaseId id, CancellationToken cancellationToken) =>
        (await client.PurgeInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id), cancellationToken)).PurgedInstanceCount > 0;

    private static CaseInstance Map(OrchestrationMetadata m) =>
        new(m.InstanceId, m.RuntimeStatus.ToString(), Active.Contains(m.RuntimeStatus), m.CreatedAt, m.LastUpdatedAt, m.SerializedCustomStatus);
}
