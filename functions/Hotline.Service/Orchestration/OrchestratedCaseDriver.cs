using Hotline.Domain.Cases;
using Hotline.Service.Cases;
using Hotline.Service.Storage;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The <see cref="ICaseDriver"/> of every host: decides on the stored projection so that a forbidden action is refused
/// now with its rule, then raises the trigger to the case's orchestration (started if needed), which decides again on
/// its own state and commits. The orchestration stays the single writer of its case, also for the records a closed case
/// still takes (quality records, first-question records, 12319's revisit after closure): a short run is started for them
/// (<see cref="CaseOrchestrationsExtensions.DeliverAsync"/>). The caller is answered with the
/// committed state when the commit lands within <see cref="Api.ApiOptions.CommitWait"/>, else with
/// <see cref="RunResult.Queued"/> and the state expected.
/// </summary>
public sealed class OrchestratedCaseDriver(ICaseStore store, ProfileRegistry profiles, ICaseOrchestrations orchestrations, Api.ApiOptions? api = null) : ICaseDriver
{
    /// <summary>The first look comes soon (a commit usually lands in tens of milliseconds), later ones less often, to spare storage.</summary>
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);
    private readonly TimeSpan _commitWait = (api ?? new Api.ApiOptions()).CommitWait;

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
                await orchestrations.DeliverAsync(stored, new CaseSignal.Apply(trigger), cancellationToken);
                return await CommittedAsync(id, stored.State.Version, cancellationToken) is { } committed
                    ? new RunResult.Applied(committed, accepted.Commands)
                    : new RunResult.Queued(accepted.State, accepted.Commands);
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }

    /// <summary>The case once its version passed <paramref name="before"/>, or null when that did not happen in time.</summary>
    private async Task<CaseState?> CommittedAsync(CaseId id, int before, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var poll = FirstPoll;
        while (true)
        {
            if (await store.GetAsync(id, cancellationToken) is { } stored && stored.State.Version > before)
            {
                return stored.State;
            }

            if (waited.Elapsed >= _commitWait)
            {
                return null;
            }

            await Task.Delay(poll, TimeProvider.System, cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(LongestPoll.Ticks, poll.Ticks * 3 / 2));
        }
    }
}
