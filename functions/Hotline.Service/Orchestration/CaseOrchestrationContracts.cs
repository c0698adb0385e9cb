using System.Collections.Immutable;
using Hotline.Domain.Cases;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The orchestration's input, and what it carries into its next generation when it continues as new: the projection,
/// signals it had received but not yet applied, and when it last looked at the clock.
/// </summary>
/// <param name="ManualClock">Business time moves only by <see cref="CaseSignal.Tick"/> (the local host's manual clock for
/// tests and demos): no durable timer is armed, deadlines are judged at the tick's time.</param>
/// <param name="ManualNowUtc">With the manual clock: the business time the last tick brought.</param>
/// <param name="Outbox">What the case's outbox holds to carry out when the orchestration starts, when the starter knows it
/// (the intake just committed it); null makes the first generation look it up (a restart by the reconciler).</param>
public sealed record CaseOrchestrationInput(
    CaseSnapshot Case,
    ImmutableArray<CaseSignal> Pending = default,
    int Generation = 0,
    DateTimeOffset? LastTickUtc = null,
    bool ManualClock = false,
    DateTimeOffset? ManualNowUtc = null,
    ImmutableArray<OutboxItem>? Outbox = null)
{
    public ImmutableArray<CaseSignal> Pending { get; init; } = Pending.IsDefault ? [] : Pending;

    /// <summary>Every case orchestration's instance id starts with this; admin queries filter on it.</summary>
    public const string InstanceIdPrefix = "case-";

    /// <summary>One orchestration per case; the instance id admins search for in the portal.</summary>
    public static string InstanceIdFor(CaseId id) => InstanceIdPrefix + id.Value;
}

/// <summary>The commit activity's request: the decision the orchestrator made on <paramref name="Before"/>.</summary>
/// <param name="AtUtc">When the trigger happened; the outbox messages are stamped with it.</param>
public sealed record CommitRequest(CaseSnapshot Before, CaseState State, ImmutableArray<CaseCommand> Commands, DateTimeOffset AtUtc);

/// <summary>
/// The commit activity's answer: committed (with the new ETag and the outbox rows to carry out), or the case had moved on
/// and this is its current projection.
/// </summary>
public sealed record CommitOutcome(bool Committed, CaseSnapshot Case, ImmutableArray<OutboxItem> Outbox = default)
{
    public ImmutableArray<OutboxItem> Outbox { get; init; } = Outbox.IsDefault ? [] : Outbox;
}

/// <summary>
/// Shown as the orchestration's custom status in the portal and the status API (plain strings and numbers only), set
/// from the first moment of each generation.
/// </summary>
/// <param name="TimerDueUtc">When the durable timer now armed fires; null when the case has no deadline.</param>
/// <param name="TimersArmed">Durable timers created in this generation: a pending timer is kept while the deadline stays
/// the same, because every timer is a queue message until its due time (platform.md §1a).</param>
public sealed record CaseOrchestrationStatus(
    string CaseId, string Status, int Version, DateTimeOffset? NextWakeUtc, DateTimeOffset? TimerDueUtc, int TimersArmed, int Generation, int Pending, string? LastRejection);

/// <summary>The orchestration's output when it ends (the case reached a terminal state) or hands over to its next generation.</summary>
public sealed record CaseOrchestrationResult(string CaseId, string Status, int Version, bool ContinuedAsNew);
