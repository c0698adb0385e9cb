using System.Collections.Immutable;
using Hotline.Domain.Callers;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// The snapshot of one case. Only <see cref="CaseMachine"/> makes new snapshots; the ledger lines it emits
/// are stored beside the snapshot and never rewritten.
/// </summary>
public sealed record CaseState
{
    public required CaseId Id { get; init; }
    public required string ProfileId { get; init; }
    public required CaseStatus Status { get; init; }
    public required Caller Caller { get; init; }
    public required Channel Channel { get; init; }
    public required string Category { get; init; }
    public required Urgency Urgency { get; init; }
    public required string Summary { get; init; }
    public string? Details { get; init; }
    public OpenReason? OpenReason { get; init; }
    public required DateTimeOffset ReceivedUtc { get; init; }

    /// <summary>首问责任人: accountable until resolution or a recorded hand-over (004, R-RP-8).</summary>
    public required StaffId FirstOwner { get; init; }

    public CaseTeam Team { get; init; } = new();

    /// <summary>GM hotline: the building head who received the file and assigned a department head (R-DS-7); null elsewhere.</summary>
    public StaffId? BuildingHead { get; init; }

    /// <summary>The head answerable for the unit (R-RP-11): the GM hotline's building head once he assigned a department, else the unit head.</summary>
    public StaffId? UnitHead => BuildingHead ?? Team.Supervisor;

    /// <summary>GM hotline: the building (unit) the file went to, kept when a department takes the work (R-DS-7).</summary>
    public string? BuildingUnit { get; init; }

    /// <summary>The unit <see cref="UnitHead"/> answers for.</summary>
    public string? UnitOfHead => BuildingUnit ?? Team.Unit;

    /// <summary>Who must act now: the supervisor, the implementer, or whoever acknowledged.</summary>
    public StaffId? Assignee { get; init; }

    public UpstreamItem? Upstream { get; init; }

    /// <summary>Heating: received directly by the responsible unit, which reports the result to the hotline for the record (R-IN-7).</summary>
    public bool ReceivedByUnit { get; init; }

    /// <summary>When the upstream office was last told about this case (a report, the result, or a major event: R-FU-7, R-DS-9).</summary>
    public DateTimeOffset? UpstreamReportedUtc { get; init; }

    /// <summary>When the complaint was transferred in writing (major, complex or overdue items: R-DS-9).</summary>
    public DateTimeOffset? WrittenTransferUtc { get; init; }

    /// <summary>12319: the second-level linked unit the complaint is about (R-DS-8); the centre checks and supervises it.</summary>
    public string? LinkedUnit { get; init; }
    public DateTimeOffset? DispatchedUtc { get; init; }
    public DateTimeOffset? AcknowledgedUtc { get; init; }
    public DateTimeOffset? FirstResponseUtc { get; init; }
    public DateTimeOffset? ArrivedUtc { get; init; }
    public DateTimeOffset? CompletedUtc { get; init; }

    /// <summary>The handling time limit in force (category, upstream deadline or profile default); past it the case is overdue.</summary>
    public DateTimeOffset? HandlingDueUtc { get; init; }
    public Completion? Completion { get; init; }
    public string? CannotResolveReason { get; init; }

    /// <summary>Emergency: index of the ladder member last called (R-EM-2).</summary>
    public int LadderStep { get; init; }

    /// <summary>Emergency: a ladder member acknowledged, the ladder stops.</summary>
    public StaffId? EmergencyAcknowledgedBy { get; init; }

    /// <summary>Levels climbed after second complaints (R-FU-8); 0 when none.</summary>
    public int EscalationLevel { get; init; }

    public int SecondComplaints { get; init; }
    public bool SevenDayReported { get; init; }
    public bool WasRerouted { get; init; }
    public StatusBeforeSuspension? Suspension { get; init; }
    public ImmutableArray<Approval> Approvals { get; init; } = [];
    public ImmutableArray<RelatedItem> Related { get; init; } = [];
    /// <summary>Every revisit returned, stage and closing, in order (R-RV-2, R-RV-4); reports count them all.</summary>
    public ImmutableArray<RevisitRecord> Revisits { get; init; } = [];
    public int Reopened { get; init; }

    /// <summary>Closing-revisit attempts that did not reach the caller since the last completion (R-RV-6).</summary>
    public int RevisitAttemptsUnreached { get; init; }

    /// <summary>
    /// People a text asked to reply "收到" who are not (only) doing the task: the manager told a case is not arranged, the
    /// level a second complaint reached, the crew of an emergency… Their reply is accepted and recorded (the SMS promise).
    /// </summary>
    public ImmutableArray<Confirmation> AwaitingConfirmation { get; init; } = [];

    /// <summary>
    /// Everyone a text ever asked to reply "收到" about this case, kept after they reply: they were told the case to
    /// supervise or attend (the crew's text carries the caller's address), so they keep a part in it (<see cref="HasPart"/>).
    /// </summary>
    public ImmutableArray<StaffId> AskedToConfirm { get; init; } = [];

    /// <summary>Quarter end passed while the case was unresolvable: an approval now closes it at once (R-CL-7).</summary>
    public bool ForcedClosureDue { get; init; }

    public ClosureRecord? Closure { get; init; }

    /// <summary>When the dispatcher received the signed slip's copy (R-CL-1); it counts only after the latest completion.</summary>
    public DateTimeOffset? SlipCopyReceivedUtc { get; init; }

    /// <summary>Paid service: the new arrival time agreed with the owner, and when the owner was told (R-FU-9).</summary>
    public DateTimeOffset? PaidAgreedArrivalUtc { get; init; }

    public DateTimeOffset? PaidOwnerWarnedUtc { get; init; }
    public ImmutableArray<Deadline> Deadlines { get; init; } = [];

    /// <summary>How many ledger lines exist; the next line gets this number plus one.</summary>
    public int LedgerCount { get; init; }

    /// <summary>Bumped by every accepted trigger; the store uses it for optimistic concurrency.</summary>
    public int Version { get; init; }

    /// <summary>The first-question record (004): who received and recorded it, hand-overs, duty ended, breaches (R-IN-9, R-FQ-1..3).</summary>
    public FirstQuestionRecord? FirstQuestion { get; init; }

    // Quality records (R-RP-7, R-RP-10, R-RP-11): kept on the case so reports need no ledger and automatic records happen once.

    /// <summary>Every accountability record made on this case (R-RP-7), automatic or recorded by the quality office or a manager.</summary>
    public ImmutableArray<AccountabilityMark> Accountability { get; init; } = [];

    /// <summary>The quality office's assessment of the unit head (R-RP-11); null while none was made.</summary>
    public UnitHeadAssessment? Assessment { get; init; }

    /// <summary>The 《纠正与预防措施》 report this complaint calls for (R-RP-10); null when none is owed.</summary>
    public CorrectiveActionRecord? CorrectiveAction { get; init; }

    public bool IsTerminal => Status is CaseStatus.Closed or CaseStatus.Answered or CaseStatus.Redirected;

    public DateTimeOffset? NextWakeUtc => Deadlines.IsDefaultOrEmpty ? null : Deadlines.Min(d => d.DueUtc);

    public RevisitRecord? LastRevisit(RevisitStage stage) =>
        Revisits.IsDefaultOrEmpty ? null : Revisits.LastOrDefault(r => r.Stage == stage);

    public bool HasApproval(ApprovalKind kind) => !Approvals.IsDefaultOrEmpty && Approvals.Any(a => a.Kind == kind);

    /// <summary>
    /// Whether <paramref name="staff"/> has a part in this case and may see the caller's data (R-PV-1): the owner,
    /// the assignee, the unit, the manager chain and the quality office (which keeps the archives); the emergency crew
    /// only for emergencies, the upstream office only for its supervision items, the group head once reported to; and
    /// anyone a text asked to confirm the case (<see cref="AskedToConfirm"/>: told to supervise or attend it, they keep
    /// the part after replying). This is the one definition: <see cref="Privacy.CaseParties"/> lists exactly these people.
    /// </summary>
    public bool HasPart(StaffId staff)
    {
        var t = Team;
        return staff == FirstOwner || staff == Assignee || staff == BuildingHead || t.IsResponsible(staff) || staff == t.OfficeHead || t.IsInLadder(staff)
            || staff == t.QualityOffice || staff == t.Coordinator
            || (Urgency == Urgency.Emergency && !t.EmergencyCrew.IsDefaultOrEmpty && t.EmergencyCrew.Contains(staff))
            || (Upstream is not null && staff == t.Upstream)
            || (SevenDayReported && staff == t.GroupHead)
            || IsFirstQuestionHolder(staff)
            || WasAskedToConfirm(staff);
    }

    /// <summary>
    /// The first-question chain (R-FQ-1): the case's first owner, the employee the caller reached, and every department
    /// it was handed over to — an agent's "own line" in the period forms.
    /// </summary>
    public bool IsFirstQuestionHolder(StaffId staff) =>
        staff == FirstOwner || (FirstQuestion is { } fq && (staff == fq.ReceivedBy || fq.HandOvers.Any(h => h.To == staff)));

    // Cases stored before AskedToConfirm existed still list whoever has not replied yet.
    private bool WasAskedToConfirm(StaffId staff) =>
        (!AskedToConfirm.IsDefaultOrEmpty && AskedToConfirm.Contains(staff))
        || (!AwaitingConfirmation.IsDefaultOrEmpty && AwaitingConfirmation.Any(c => c.Staff == staff));
}

/// <summary>A supervision item (督办件) forwarded by the upstream office, with its number and deadline (R-IN-6, R-FU-7).</summary>
public sealed record UpstreamItem(string Number, string Area, DateTimeOffset? DueUtc);

public sealed record Completion(EvidenceKind Evidence, string? EvidenceReference, string Result, StaffId By);

public sealed record Approval(ApprovalKind Kind, StaffId By, DateTimeOffset AtUtc, string? Comment);

/// <summary>A related problem found during the work (R-CL-3, R-CL-4).</summary>
public sealed record RelatedItem(int Number, string Description, CaseId? OpenedAs, bool Resolved)
{
    /// <summary>A related problem still in progress that could not be opened on its own blocks closure (R-CL-4).</summary>
    public bool BlocksClosure => OpenedAs is null && !Resolved;
}

public sealed record RevisitRecord(
    RevisitStage Stage, SatisfactionRating Rating, string? Comment, string? ServiceArea, StaffId By, DateTimeOffset AtUtc, string? Summary = null);

public sealed record StatusBeforeSuspension(CaseStatus Status, string ApprovalReference, DateTimeOffset SinceUtc);

/// <summary>What closure records (R-CL-8): the result, the approver (required for forced closure), the dispatcher, the time.</summary>
public sealed record ClosureRecord(ClosureOutcome Outcome, string FinalResult, StaffId? ApprovedBy, StaffId Dispatcher, DateTimeOffset AtUtc);

/// <summary>A text to <paramref name="Staff"/> that asked for "收到", and the rule it was sent under.</summary>
public sealed record Confirmation(StaffId Staff, NoticeKind Kind, string Rule);
