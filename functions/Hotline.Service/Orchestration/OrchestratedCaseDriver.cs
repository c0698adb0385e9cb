using Hotline.Domain.Cases;
using Hotline.Service.Running;
using Hotline.Service.Storage;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The Azure <see cref="ICaseDriver"/>: decides on the stored projection so that a forbidden action is refused now
/// with its rule, then raises the trigger to the case's orchestration (started if needed), which decides again on its
/// own state and commits. The orchestration stays the single writer of its case.
/// </summary>
public sealed class OrchestratedCaseDriver(ICaseStore store, ProfileRegistry profiles, ICaseOrchestrations orchestrations) : ICaseDriver
{
    public async Task<RunResult> ApplyAsync(CaseId id, Func<CaseState, CaseTrigger> makeTrigger, CancellationToken cancellationToken, StoredCase? current = null)
    {
        ArgumentNullException.ThrowIfNull(makeTrigger);
        var stored = current ?? await store.GetAsync(id, cancellationToken);
        if (stored is null)
        {
            return new RunResult.NotFound(id);
        }

        var trigger = makeTrigger(stored.State);
        switch (CaseMachine.Decide(stored.State, trigger, profiles.Get(stored.State.ProfileId)))
        {
            case Decision.Rejected r:
                return new RunResult.Rejected(r.Rule, r.Reason);
            case Decision.Accepted accepted when ReferenceEquals(accepted.State, stored.State):
                return new RunResult.Applied(stored.State, []);
            case Decision.Accepted accepted:
                await orchestrations.EnsureRunningAsync(stored, cancellationToken);
                await orchestrations.SignalAsync(id, new CaseSignal.Apply(trigger), cancellationToken);
                return new RunResult.Queued(accepted.State, accepted.Commands);
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }
}
