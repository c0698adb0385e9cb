using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;

namespace Hotline.Service.Tests.Orchestration;

/// <summary>The Durable client at the edge, faked: remembers instances it started and the signals raised to them.</summary>
public sealed class RecordingOrchestrations : ICaseOrchestrations
{
    public Dictionary<CaseId, CaseInstance> Instances { get; } = [];

    public List<CaseOrchestrationInput> Started { get; } = [];

    public List<(CaseId Id, CaseSignal Signal)> Signals { get; } = [];

    public Task<CaseInstance?> GetAsync(CaseId id, CancellationToken cancellationToken) => Task.FromResult(Instances.GetValueOrDefault(id));

    public Task<IReadOnlyList<CaseInstance>> ListAsync(bool activeOnly, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CaseInstance>>([.. Instances.Values.Where(i => !activeOnly || i.IsActive).Take(max)]);

    public Task StartAsync(CaseOrchestrationInput input, CancellationToken cancellationToken)
    {
        Started.Add(input);
        Instances[input.Case.State.Id] = Instance(input.Case.State.Id, "Pending", active: true);
        return Task.CompletedTask;
    }

    public Task SignalAsync(CaseId id, CaseSignal signal, CancellationToken cancellationToken)
    {
        Signals.Add((id, signal));
        return Task.CompletedTask;
    }

    public Task TerminateAsync(CaseId id, string reason, CancellationToken cancellationToken)
    {
        Instances[id] = Instance(id, "Terminated", active: false);
        return Task.CompletedTask;
    }

    public Task<bool> PurgeAsync(CaseId id, CancellationToken cancellationToken) =>
        Task.FromResult(Instances.TryGetValue(id, out var i) && !i.IsActive && Instances.Remove(id));

    public static CaseInstance Instance(CaseId id, string status, bool active) =>
        new(CaseOrchestrationInput.InstanceIdFor(id), status, active, CaseHarness.Start, CaseHarness.Start, null);
}
