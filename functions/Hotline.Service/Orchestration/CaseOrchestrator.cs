using Hotline.Domain.Cases;
using Hotline.Service.Running;
using Hotline.Service.Storage;
using Microsoft.DurableTask;

namespace Hotline.Service.Orchestration;

/// <summary>
/// One case's Durable orchestration: wait for a signal or the next deadline, let <see cref="CaseMachine"/> decide,
/// commit through the <see cref="CommitCase"/> activity, send what the commit put in the outbox, repeat; continue as new
/// every few steps (<see cref="CaseWaits"/> says when it may). It coordinates and never decides. It is deterministic: time is the context's, inputs arrive as
/// events and activity results, and the profiles it reads are immutable data loaded at start-up.
/// </summary>
/// <remarks>
/// The commit is guarded by the ETag of the projection the decision was made on. Should anything else have written
/// the case meanwhile, the activity answers with the current projection and the trigger is decided again on it, so a
/// trigger is never applied to a stale state. Input and output cross Durable as JSON text written with
/// <see cref="OrchestrationJson"/>, so no host's data converter has to understand the domain types.
/// </remarks>
public sealed class CaseOrchestrator(ProfileRegistry profiles, CaseOrchestratorOptions options) : TaskOrchestrator<string, CaseOrchestrationResult>
{
    /// <summary>The Durable external event every signal is raised as (event names are case-insensitive).</summary>
    public const string SignalEvent = "signal";

    public override async Task<CaseOrchestrationResult> RunAsync(TaskOrchestrationContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var start = OrchestrationJson.Read<CaseOrchestrationInput>(input);
        var retry = TaskOptions.FromRetryPolicy(options.ActivityRetry);
        var snapshot = start.Case;
        var pending = new Queue<CaseSignal>(start.Pending);
        var lastTick = start.LastTickUtc;
        string? lastRejection = null;
        using var waits = new CaseWaits(context); // the timer is disarmed when this generation ends, however it ends
        SetStatus(context, snapshot, waits, start, pending, lastRejection);
        if (start.Generation == 0)
        {
            // What the intake (or whatever wrote the case before this orchestration existed) put in the outbox goes now,
            // not at the next sweep. Sending is idempotent per outbox row, so a restarted orchestration may do it again.
            await context.CallActivityAsync<int>(nameof(SendOutbox), snapshot.State.Id.Value, retry);
        }

        for (var step = 0; ; step++)
        {
            var state = snapshot.State;
            if (step >= options.StepsPerGeneration && waits.Idle)
            {
                context.ContinueAsNew(OrchestrationJson.Write(new CaseOrchestrationInput(snapshot, [.. pending], start.Generation + 1, lastTick)), preserveUnprocessedEvents: true);
                return Result(snapshot, continuedAsNew: true);
            }

            var now = new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
            var wakeAt = WakeAt(state, lastTick);
            CaseTrigger? trigger = null;
            if (pending.TryDequeue(out var signal))
            {
                switch (signal)
                {
                    case CaseSignal.Apply apply:
                        trigger = apply.Trigger;
                        break;
                    case CaseSignal.Refresh refresh when refresh.Snapshot.State.Version > state.Version:
                        snapshot = refresh.Snapshot;
                        break;
                }
            }
            else if (state.IsTerminal)
            {
                return Result(snapshot, continuedAsNew: false);
            }
            else if (wakeAt is { } due && due <= now)
            {
                lastTick = now;
                trigger = new ClockTick(now);
            }
            else
            {
                waits.ArmFor(wakeAt);
                SetStatus(context, snapshot, waits, start, pending, lastRejection);
                if (await waits.NextSignalAsync() is { } received)
                {
                    pending.Enqueue(OrchestrationJson.Read<CaseSignal>(received));
                }
            }

            if (trigger is not null)
            {
                (snapshot, var rejection) = await ApplyAsync(context, snapshot, trigger, retry);
                lastRejection = rejection ?? lastRejection;
            }
        }
    }

    /// <summary>Decides the trigger and commits it; decided again on the current projection when the case moved on.</summary>
    private async Task<(CaseSnapshot Snapshot, string? Rejection)> ApplyAsync(TaskOrchestrationContext context, CaseSnapshot snapshot, CaseTrigger trigger, TaskOptions retry)
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

            var request = OrchestrationJson.Write(new CommitRequest(snapshot, accepted.State, accepted.Commands, trigger.AtUtc));
            var outcome = OrchestrationJson.Read<CommitOutcome>(await context.CallActivityAsync<string>(nameof(CommitCase), request, retry));
            if (outcome.Committed)
            {
                if (accepted.Commands.Any(c => c is Notify or OpenLinkedCase))
                {
                    await context.CallActivityAsync<int>(nameof(SendOutbox), snapshot.State.Id.Value, retry);
                }

                return (outcome.Case, null);
            }

            if (attempt == options.MaxCommitAttempts)
            {
                // Failing the orchestration is the loud way out: the reconciler restarts it from the stored projection.
                throw new ConcurrencyException($"Case {snapshot.State.Id} kept changing underneath its orchestration ({attempt} attempts).");
            }

            snapshot = outcome.Case;
        }
    }

    /// <summary>The next deadline, but never again at or before the last tick: a deadline the machine left in the past must not spin the loop.</summary>
    private DateTimeOffset? WakeAt(CaseState state, DateTimeOffset? lastTick) =>
        state.NextWakeUtc is { } next && lastTick is { } tick && next <= tick ? tick + options.MinimumRecheck : state.NextWakeUtc;

    private static void SetStatus(TaskOrchestrationContext context, CaseSnapshot snapshot, CaseWaits waits, CaseOrchestrationInput start, Queue<CaseSignal> pending, string? lastRejection)
    {
        var state = snapshot.State;
        context.SetCustomStatus(new CaseOrchestrationStatus(state.Id.Value, state.Status.ToString(), state.Version, state.NextWakeUtc,
            waits.TimerDueUtc, waits.TimersArmed, start.Generation, pending.Count, lastRejection));
    }

    private static CaseOrchestrationResult Result(CaseSnapshot snapshot, bool continuedAsNew) =>
        new(snapshot.State.Id.Value, snapshot.State.Status.ToString(), snapshot.State.Version, continuedAsNew);
}
