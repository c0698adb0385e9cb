using Hotline.Domain.Cases;
using Hotline.Service.Running;
using Hotline.Service.Storage;

namespace Hotline.Service.Orchestration;

public sealed record CaseLoopOptions
{
    /// <summary>Loop turns per generation before continuing as new; keeps the replayed history short.</summary>
    public int StepsPerGeneration { get; init; } = 50;

    /// <summary>How often a trigger is decided again after the case changed underneath before the orchestration gives up.</summary>
    public int MaxCommitAttempts { get; init; } = 8;

    /// <summary>The least time between two clock ticks, should the machine ever leave a deadline in the past.</summary>
    public TimeSpan MinimumRecheck { get; init; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// One case's Durable orchestration, written against <see cref="ICaseLoopPort"/>: wait for a signal or the next deadline,
/// let <see cref="CaseMachine"/> decide, commit through one activity, repeat; continue as new every few steps.
/// It coordinates and never decides, and it is deterministic: the same history always yields the same calls.
/// </summary>
/// <remarks>
/// The commit is guarded by the ETag of the projection the decision was made on. Should anything else have written
/// the case meanwhile, the activity answers with the current projection and the trigger is decided again on it, exactly
/// like the local runner, so a trigger is never applied to a stale state.
/// </remarks>
public sealed class CaseLoop(ProfileRegistry profiles, CaseLoopOptions? options = null)
{
    /// <summary>The Durable external event every signal is raised as (event names are case-insensitive).</summary>
    public const string SignalEvent = "signal";

    private readonly CaseLoopOptions _options = options ?? new CaseLoopOptions();

    public async Task<CaseLoopResult> RunAsync(ICaseLoopPort port, CaseOrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentNullException.ThrowIfNull(input);
        var snapshot = input.Case;
        var pending = new Queue<CaseSignal>(input.Pending);
        var lastTick = input.LastTickUtc;
        string? lastRejection = null;
        for (var step = 0; ; step++)
        {
            if (step == _options.StepsPerGeneration)
            {
                port.ContinueAsNew(new CaseOrchestrationInput(snapshot, [.. pending], input.Generation + 1, lastTick));
                return Result(snapshot, continuedAsNew: true);
            }

            CaseTrigger? trigger = null;
            if (pending.TryDequeue(out var signal))
            {
                switch (signal)
                {
                    case CaseSignal.Apply apply:
                        trigger = apply.Trigger;
                        break;
                    case CaseSignal.Refresh refresh when refresh.Snapshot.State.Version > snapshot.State.Version:
                        snapshot = refresh.Snapshot;
                        break;
                }
            }
            else if (snapshot.State.IsTerminal)
            {
                return Result(snapshot, continuedAsNew: false);
            }
            else if (WakeAt(snapshot.State, lastTick) is { } due && due <= port.UtcNow)
            {
                lastTick = port.UtcNow;
                trigger = new ClockTick(port.UtcNow);
            }
            else if (await WaitAsync(port, WakeAt(snapshot.State, lastTick)) is { } received)
            {
                pending.Enqueue(received);
            }

            if (trigger is not null)
            {
                (snapshot, var rejection) = await ApplyAsync(port, snapshot, trigger);
                lastRejection = rejection ?? lastRejection;
            }

            var state = snapshot.State;
            port.SetStatus(new CaseLoopStatus(state.Id.Value, state.Status.ToString(), state.Version, state.NextWakeUtc, input.Generation, pending.Count, lastRejection));
        }
    }

    /// <summary>Decides the trigger and commits it; decided again on the current projection when the case moved on.</summary>
    private async Task<(CaseSnapshot Snapshot, string? Rejection)> ApplyAsync(ICaseLoopPort port, CaseSnapshot snapshot, CaseTrigger trigger)
    {
        for (var attempt = 1; ; attempt++)
        {
            var decision = CaseMachine.Decide(snapshot.State, trigger, profiles.Get(snapshot.State.ProfileId));
            if (decision is Decision.Rejected rejected)
            {
                return (snapshot, $"{trigger.GetType().Name} at {trigger.AtUtc:O}: {rejected.Rule} {rejected.Reason}");
            }

            var accepted = (Decision.Accepted)decision;
            if (ReferenceEquals(accepted.State, snapshot.State))
            {
                return (snapshot, null);
            }

            var outcome = await port.CommitAsync(new CommitRequest(snapshot, accepted.State, accepted.Commands, trigger.AtUtc));
            if (outcome.Committed)
            {
                if (accepted.Commands.Any(c => c is Notify or OpenLinkedCase))
                {
                    await port.SendOutboxAsync(snapshot.State.Id);
                }

                return (outcome.Case, null);
            }

            if (attempt == _options.MaxCommitAttempts)
            {
                // Failing the orchestration is the loud way out: the reconciler restarts it from the stored projection.
                throw new ConcurrencyException($"Case {snapshot.State.Id} kept changing underneath its orchestration ({attempt} attempts).");
            }

            snapshot = outcome.Case;
        }
    }

    /// <remarks>
    /// The loser of the race is cancelled: Durable keeps an orchestration open until every timer fired or was cancelled,
    /// and a signal wait left behind would swallow the next event. A signal that completed in the same batch as the timer
    /// has been delivered already and is returned, never dropped; the clock is re-checked on the next turn.
    /// </remarks>
    private static async Task<CaseSignal?> WaitAsync(ICaseLoopPort port, DateTimeOffset? due)
    {
        using var cancel = new CancellationTokenSource();
        var signal = port.WaitForSignalAsync(cancel.Token);
        if (due is null)
        {
            return await signal;
        }

        var timer = port.CreateTimer(due.Value, cancel.Token);
        await Task.WhenAny(signal, timer);

        // Synchronous on purpose: orchestrator code must stay on the orchestration's own thread.
#pragma warning disable CA1849
        cancel.Cancel();
#pragma warning restore CA1849
        return signal.IsCompletedSuccessfully ? signal.Result : null;
    }

    /// <summary>The next deadline, but never again at or before the last tick: a deadline the machine left in the past must not spin the loop.</summary>
    private DateTimeOffset? WakeAt(CaseState state, DateTimeOffset? lastTick) =>
        state.NextWakeUtc is { } next && lastTick is { } tick && next <= tick ? tick + _options.MinimumRecheck : state.NextWakeUtc;

    private static CaseLoopResult Result(CaseSnapshot snapshot, bool continuedAsNew) =>
        new(snapshot.State.Id.Value, snapshot.State.Status.ToString(), snapshot.State.Version, continuedAsNew);
}
