using System.Collections.Immutable;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.DurableTask;

namespace Hotline.Service.Orchestration;

/// <summary>
/// One case's Durable orchestration: wait for a signal or the next deadline, let <see cref="CaseMachine"/> decide,
/// commit through the <see cref="CommitCase"/> activity, carry out what the commit put in the outbox (an SMS each through
/// <see cref="SendSms"/>, a linked case through <see cref="OpenLinkedCase"/>), repeat; continue as new every few steps
/// (<see cref="CaseWaits"/> says when it may). It coordinates and never decides. It is deterministic: time is the
/// context's (or, with the manual clock, the ticks'), inputs arrive as events and activity results, and the profiles it
/// reads are immutable data loaded at start-up.
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
        var run = new Run(context, start, TaskOptions.FromRetryPolicy(options.ActivityRetry));
        using var waits = new CaseWaits(context); // the timer is disarmed when this generation ends, however it ends
        run.SetStatus(waits);
        if (start.Generation == 0)
        {
            // What the intake (or a failed earlier orchestration) left in the outbox goes now, not at the next deadline.
            var left = start.Outbox is { IsDefault: false } known
                ? known
                : OrchestrationJson.Read<ImmutableArray<OutboxItem>>(await context.CallActivityAsync<string>(nameof(PendingOutbox), run.Snapshot.State.Id.Value, run.Retry));
            await CarryOutAsync(run, left);
        }

        for (var step = 0; ; step++)
        {
            var state = run.Snapshot.State;
            if (step >= options.StepsPerGeneration && waits.Idle)
            {
                foreach (var buffered in waits.TakeBuffered())
                {
                    run.Pending.Enqueue(OrchestrationJson.Read<CaseSignal>(buffered));
                }

                context.ContinueAsNew(OrchestrationJson.Write(start with
                {
                    Case = run.Snapshot, Pending = [.. run.Pending], Generation = start.Generation + 1, LastTickUtc = run.LastTick, ManualNowUtc = run.ManualNow, Outbox = null,
                }), preserveUnprocessedEvents: true);
                return Result(run.Snapshot, continuedAsNew: true);
            }

            var now = run.Now;
            var wakeAt = WakeAt(state, run.LastTick);
            CaseTrigger? trigger = null;
            if (run.Pending.TryDequeue(out var signal))
            {
                trigger = Accept(run, signal);
            }
            else if (state.IsTerminal)
            {
                return Result(run.Snapshot, continuedAsNew: false);
            }
            else if (wakeAt is { } due && now is { } at && due <= at)
            {
                run.LastTick = at;
                trigger = new ClockTick(at);
            }
            else
            {
                waits.ArmFor(start.ManualClock ? null : wakeAt);
                run.SetStatus(waits);
                if (await waits.NextSignalAsync() is { } received)
                {
                    run.Pending.Enqueue(OrchestrationJson.Read<CaseSignal>(received));
                }
            }

            if (trigger is not null)
            {
                await ApplyAsync(run, trigger);
            }
        }
    }

    /// <summary>The trigger a signal asks for, if any; a refresh adopts a newer projection, a tick moves business time.</summary>
    private static CaseTrigger? Accept(Run run, CaseSignal signal)
    {
        switch (signal)
        {
            case CaseSignal.Apply apply:
                return apply.Trigger;
            case CaseSignal.Refresh refresh when refresh.Snapshot.State.Version > run.Snapshot.State.Version:
                run.Snapshot = refresh.Snapshot;
                break;
            case CaseSignal.Tick tick when run.Start.ManualClock && (run.ManualNow is null || tick.AtUtc > run.ManualNow):
                run.ManualNow = tick.AtUtc;
                break;
        }

        return null;
    }

    /// <summary>Decides the trigger, commits it and carries out its outbox; decided again on the current projection when the case moved on.</summary>
    private async Task ApplyAsync(Run run, CaseTrigger trigger)
    {
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = run.Snapshot;
            var decision = CaseMachine.Decide(snapshot.State, trigger, profiles.Get(snapshot.State.ProfileId));
            if (decision is Decision.Rejected rejected)
            {
                run.LastRejection = $"{trigger.GetType().Name} at {trigger.AtUtc:O}: {rejected.Rule} {rejected.Reason}";
                return;
            }

            var accepted = (Decision.Accepted)decision;
            if (ReferenceEquals(accepted.State, snapshot.State))
            {
                return;
            }

            var request = OrchestrationJson.Write(new CommitRequest(snapshot, accepted.State, accepted.Commands, trigger.AtUtc));
            var outcome = OrchestrationJson.Read<CommitOutcome>(await run.Context.CallActivityAsync<string>(nameof(CommitCase), request, run.Retry));
            run.Snapshot = outcome.Case;
            if (outcome.Committed)
            {
                await CarryOutAsync(run, outcome.Outbox);
                return;
            }

            if (attempt == options.MaxCommitAttempts)
            {
                // Failing the orchestration is the loud way out: the reconciler restarts it from the stored projection.
                throw new ConcurrencyException($"Case {snapshot.State.Id} kept changing underneath its orchestration ({attempt} attempts).");
            }
        }
    }

    /// <summary>
    /// Sends the committed messages and opens linked cases: each recipient's messages in order (a task before its
    /// follow-up), different recipients at once, so a decision that texts three people costs one round trip, not three.
    /// A message that could not be delivered to a staff member becomes a <see cref="DeliveryFailed"/> trigger, so the
    /// case calls the next person.
    /// </summary>
    private static async Task CarryOutAsync(Run run, IEnumerable<OutboxItem> outbox)
    {
        var failures = await Task.WhenAll(outbox.GroupBy(item => item.Recipient).Select(messages => CarryOutInOrderAsync(run, messages)));
        foreach (var failure in failures.SelectMany(f => f))
        {
            run.Pending.Enqueue(new CaseSignal.Apply(failure));
        }
    }

    private static async Task<List<DeliveryFailed>> CarryOutInOrderAsync(Run run, IEnumerable<OutboxItem> messages)
    {
        var failures = new List<DeliveryFailed>();
        foreach (var item in messages)
        {
            if (item.Kind == OutboxKind.LinkedCase)
            {
                await run.Context.CallActivityAsync<string>(nameof(OpenLinkedCase), OrchestrationJson.Write(item), run.Retry);
                continue;
            }

            var delivery = OrchestrationJson.Read<SmsDelivery>(await run.Context.CallActivityAsync<string>(nameof(SendSms), OrchestrationJson.Write(item), run.Retry));
            if (!delivery.Sent && item.Recipient != "caller" && StaffId.TryParse(item.Recipient, out var staff))
            {
                var at = run.Now is { } now && now > item.CreatedUtc ? now : item.CreatedUtc;
                failures.Add(new DeliveryFailed(at, staff, delivery.Error ?? "not delivered"));
            }
        }

        return failures;
    }

    /// <summary>The next deadline, but never again at or before the last tick: a deadline the machine left in the past must not spin the loop.</summary>
    private DateTimeOffset? WakeAt(CaseState state, DateTimeOffset? lastTick) =>
        state.NextWakeUtc is { } next && lastTick is { } tick && next <= tick ? tick + options.MinimumRecheck : state.NextWakeUtc;

    private static CaseOrchestrationResult Result(CaseSnapshot snapshot, bool continuedAsNew) =>
        new(snapshot.State.Id.Value, snapshot.State.Status.ToString(), snapshot.State.Version, continuedAsNew);

    /// <summary>One generation's working state; the orchestrator itself keeps none between runs.</summary>
    private sealed class Run(TaskOrchestrationContext context, CaseOrchestrationInput start, TaskOptions retry)
    {
        public TaskOrchestrationContext Context { get; } = context;
        public CaseOrchestrationInput Start { get; } = start;
        public TaskOptions Retry { get; } = retry;
        public CaseSnapshot Snapshot { get; set; } = start.Case;
        public Queue<CaseSignal> Pending { get; } = new(start.Pending);

        /// <summary>When the clock was last looked at for deadlines.</summary>
        public DateTimeOffset? LastTick { get; set; } = start.LastTickUtc;

        /// <summary>With the manual clock: the business time the last tick brought (null before the first).</summary>
        public DateTimeOffset? ManualNow { get; set; } = start.ManualNowUtc;

        public string? LastRejection { get; set; }

        /// <summary>Business time now: the engine's deterministic clock, or with the manual clock the last tick's time.</summary>
        public DateTimeOffset? Now => Start.ManualClock
            ? ManualNow
            : new DateTimeOffset(DateTime.SpecifyKind(Context.CurrentUtcDateTime, DateTimeKind.Utc));

        public void SetStatus(CaseWaits waits)
        {
            var state = Snapshot.State;
            Context.SetCustomStatus(new CaseOrchestrationStatus(state.Id.Value, state.Status.ToString(), state.Version, state.NextWakeUtc,
                waits.TimerDueUtc, waits.TimersArmed, Start.Generation, Pending.Count, LastRejection));
        }
    }
}
