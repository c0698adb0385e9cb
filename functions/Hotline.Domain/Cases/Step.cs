using System.Collections.Immutable;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// Accumulates one decision: the evolving snapshot, the ledger lines and the commands. Every notice and
/// every escalation is written to the ledger with the rule that caused it, so the ledger is the audit trail.
/// </summary>
internal sealed class Step(CaseState state, Profile profile, DateTimeOffset now)
{
    private readonly CaseState _original = state;
    private readonly ImmutableArray<CaseCommand>.Builder _commands = ImmutableArray.CreateBuilder<CaseCommand>();

    private CaseState _state = state;

    /// <summary>
    /// The evolving snapshot. Its ledger count only grows within a step: handlers often set a state built from one they
    /// read before logging (<c>var s = step.State; step.Log(…); step.State = s with { … }</c>), which would rewind the count
    /// and give the next line a sequence already used — the Table commit refuses that as a duplicate row.
    /// </summary>
    public CaseState State
    {
        get => _state;
        set => _state = value.LedgerCount < _state.LedgerCount ? value with { LedgerCount = _state.LedgerCount } : value;
    }

    public Profile Profile { get; } = profile;

    public DateTimeOffset Now { get; } = now;

    public void Log(LedgerKind kind, string text, string? rule, StaffId? by = null, Accountable? accountable = null)
    {
        var sequence = State.LedgerCount + 1;
        State = State with { LedgerCount = sequence };
        _commands.Add(new AppendLedger(new LedgerEntry(sequence, Now, by, kind, text, rule, accountable)));
    }

    /// <summary>Tells a staff member; a missing person (no one configured) is itself written to the ledger.</summary>
    public void Notify(StaffId? to, Notice notice, string rule)
    {
        if (to is not { } id)
        {
            Log(LedgerKind.Notified, $"无人可通知（{LedgerLabels.Of(notice.Kind)}）：目录中未配置相应人员", rule);
            return;
        }

        _commands.Add(new Notify(new Recipient.Staff(id), notice));
        Log(LedgerKind.Notified, $"短信通知 {id}：{LedgerLabels.Of(notice.Kind)}", rule);
        if (AsksForConfirmation(notice.Kind) && !State.AwaitingConfirmation.Any(c => c.Staff == id))
        {
            State = State with { AwaitingConfirmation = State.AwaitingConfirmation.Add(new Confirmation(id, notice.Kind, rule)) };
        }

        if (AsksForConfirmation(notice.Kind) && !State.AskedToConfirm.Contains(id))
        {
            State = State with { AskedToConfirm = State.AskedToConfirm.Add(id) };
        }
    }

    /// <summary>The texts that end in 回复"收到 NNNN" to someone other than the task's own worker (SmsTemplates).</summary>
    private static bool AsksForConfirmation(NoticeKind kind) =>
        kind is NoticeKind.NotArrangedEscalation or NoticeKind.SecondComplaint or NoticeKind.SevenDayEscalation or NoticeKind.RevisitDue
            or NoticeKind.EmergencyCrew or NoticeKind.MajorReport or NoticeKind.FirstResponseOverdue;

    public void NotifyCaller(Notice notice, string rule)
    {
        if (State.Caller.Phone is null)
        {
            // R-IN-8: an anonymous or staff-found item has nobody to text; the timeline says the duty could not be done.
            Log(LedgerKind.Notified, $"来电人未留电话，无法短信告知：{LedgerLabels.Of(notice.Kind)}", rule);
            return;
        }

        _commands.Add(new Notify(new Recipient.Caller(), notice));
        Log(LedgerKind.Notified, $"短信告知来电人：{LedgerLabels.Of(notice.Kind)}", rule);
    }

    public void Emit(CaseCommand command) => _commands.Add(command);

    public void HoldAccountable(StaffId? person, AccountabilityKind kind, string reason, string rule, StaffId? by = null)
    {
        if (person is not { } id)
        {
            return;
        }

        _commands.Add(new HoldAccountable(id, kind, reason));
        // R-RP-7: the amount only where the profile's seed sets one; otherwise the record stands without a figure.
        var amount = Profile.Penalties is { } schedule ? $"，{schedule.RangeFor(kind)}" : string.Empty;
        Log(LedgerKind.Accountability, $"问责记录 {id}：{reason}（{LedgerLabels.Of(kind)}{amount}）", rule, by, new Accountable(id, kind));
        State = State with { Accountability = [.. State.Accountability, new AccountabilityMark(id, kind, Now, reason, by)] };
    }

    /// <summary>Sets (or moves) the one deadline of this kind. A due time in the past fires at once, never earlier than now.</summary>
    public void Schedule(DeadlineKind kind, DateTimeOffset due)
    {
        var at = due < Now ? Now : due;
        State = State with { Deadlines = [.. State.Deadlines.Where(d => d.Kind != kind), new Deadline(kind, at)] };
    }

    public void Cancel(params ReadOnlySpan<DeadlineKind> kinds)
    {
        var set = kinds.ToArray();
        State = State with { Deadlines = [.. State.Deadlines.Where(d => !set.Contains(d.Kind))] };
    }

    public DateTimeOffset? DueOf(DeadlineKind kind) => State.Deadlines.FirstOrDefault(d => d.Kind == kind)?.DueUtc;

    public Decision.Accepted Accept()
    {
        if (ReferenceEquals(State, _original) && _commands.Count == 0)
        {
            return new Decision.Accepted(_original, [], _original.NextWakeUtc);
        }

        if (State.IsTerminal)
        {
            State = State with { Deadlines = [] };
        }
        else if (State.Deadlines.IsDefaultOrEmpty)
        {
            // Every open case is looked at again: a case nobody is waiting for still gets its weekly review.
            Schedule(DeadlineKind.WeeklyReview, Profile.Calendar.Resolve(Now, Profile.FollowUp.WeeklyReview ?? CaseMachine.DefaultReview));
        }

        State = State with { Version = _original.Version + 1 };
        return new Decision.Accepted(State, _commands.ToImmutable(), State.NextWakeUtc);
    }
}
