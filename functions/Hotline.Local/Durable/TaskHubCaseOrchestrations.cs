using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.Query;
using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;

namespace Hotline.Local.Durable;

/// <summary>
/// <see cref="ICaseOrchestrations"/> over the Durable Task Framework client of the local engine: the same port the
/// Functions app implements over the SDK's <c>DurableTaskClient</c>, so the handlers, the reconciler and the manual
/// clock are the same code in both hosts.
/// </summary>
/// <param name="manualClock">Start orchestrations whose time moves only by ticks (<see cref="CaseOrchestrationInput.ManualClock"/>).</param>
public sealed class TaskHubCaseOrchestrations(TaskHubEngine engine, bool manualClock) : ICaseOrchestrations
{
    private static readonly OrchestrationStatus[] Active =
        [OrchestrationStatus.Pending, OrchestrationStatus.Running, OrchestrationStatus.Suspended, OrchestrationStatus.ContinuedAsNew];

    public async Task<CaseInstance?> GetAsync(CaseId id, CancellationToken cancellationToken)
    {
        var states = await engine.Client.GetOrchestrationStateAsync(CaseOrchestrationInput.InstanceIdFor(id), allExecutions: false);
        return states is [var state, ..] && state is not null ? Map(state) : null;
    }

    public async Task<IReadOnlyList<CaseInstance>> ListAsync(bool activeOnly, int max, CancellationToken cancellationToken)
    {
        var query = new OrchestrationQuery
        {
            InstanceIdPrefix = CaseOrchestrationInput.InstanceIdPrefix,
            RuntimeStatus = activeOnly ? Active : null,
            PageSize = max,
            FetchInputsAndOutputs = false,
        };
        var instances = new List<CaseInstance>();
        do
        {
            var page = await engine.Service.GetOrchestrationWithQueryAsync(query, cancellationToken);
            instances.AddRange(page.OrchestrationState.Select(Map));
            query.ContinuationToken = page.ContinuationToken;
        }
        while (query.ContinuationToken is not null && instances.Count < max);

        return [.. instances.OrderByDescending(i => i.CreatedUtc).Take(max)];
    }

    public async Task StartAsync(CaseOrchestrationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            await engine.Client.CreateOrchestrationInstanceAsync(
                nameof(CaseOrchestrator), string.Empty, CaseOrchestrationInput.InstanceIdFor(input.Case.State.Id),
                OrchestrationJson.Write(input with { ManualClock = manualClock }), tags: null, dedupeStatuses: Active);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // Another caller started it between our look and this start: one orchestration per case, as wanted.
        }
    }

    public Task SignalAsync(CaseId id, CaseSignal signal, CancellationToken cancellationToken) =>
        engine.Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = CaseOrchestrationInput.InstanceIdFor(id) }, CaseOrchestrator.SignalEvent, OrchestrationJson.Write(signal));

    public Task TerminateAsync(CaseId id, string reason, CancellationToken cancellationToken) =>
        engine.Client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = CaseOrchestrationInput.InstanceIdFor(id) }, reason);

    public async Task<bool> PurgeAsync(CaseId id, CancellationToken cancellationToken)
    {
        if (await GetAsync(id, cancellationToken) is not { IsActive: false })
        {
            return false;
        }

        return (await engine.Service.PurgeInstanceHistoryAsync(CaseOrchestrationInput.InstanceIdFor(id))).InstancesDeleted > 0;
    }

    private static CaseInstance Map(OrchestrationState state) => new(
        state.OrchestrationInstance.InstanceId,
        state.OrchestrationStatus.ToString(),
        Active.Contains(state.OrchestrationStatus),
        Utc(state.CreatedTime),
        Utc(state.LastUpdatedTime),
        state.Status);

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
