using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>What the machine asks the world to do. Drivers carry commands out; they never decide.</summary>
public abstract record CaseCommand;

/// <summary>Send a notice (SMS) to a staff member or to the caller.</summary>
public sealed record Notify(Recipient To, Notice Notice) : CaseCommand;

/// <summary>Append a ledger line (台账).</summary>
public sealed record AppendLedger(LedgerEntry Entry) : CaseCommand;

/// <summary>Open a new case linked to this one (a leader's instruction during an emergency, R-EM-5).</summary>
public sealed record OpenLinkedCase(CaseId Parent, string Summary, StaffId Assignee, StaffId RequestedBy) : CaseCommand;

/// <summary>An accountability record against a person (R-RP-7), also written to the ledger.</summary>
public sealed record HoldAccountable(StaffId Person, Kpi.AccountabilityKind Kind, string Reason) : CaseCommand;

/// <summary>The case closed (R-CL-8): projections and reports update, the caller is told.</summary>
public sealed record CaseClosed(ClosureRecord Closure) : CaseCommand;

public abstract record Recipient
{
    public sealed record Staff(StaffId Id) : Recipient;

    public sealed record Caller : Recipient;
}

/// <summary>A notice the outbox renders to text with <c>NoticeRenderer</c>; structured so tests and reports read the intent.</summary>
public sealed record Notice(NoticeKind Kind, int Level = 0, DateTimeOffset? DueUtc = null, StaffId? Subject = null, string? Text = null);

public enum NoticeKind
{
    TaskAssigned,
    FollowUp,
    EndOfDayReminder,
    NotArrangedEscalation,
    MajorReport,
    EmergencyAlert,
    EmergencyCrew,
    EmergencyLadder,
    SecondComplaint,
    Overdue,
    FirstResponseOverdue,
    SevenDayEscalation,
    WeeklyReview,
    UnresolvableReview,
    DailyFollowUp,
    StageRevisitDue,
    RevisitDue,
    ApprovalRequest,
    RoutingRequest,
    Reopened,
    PaidOnSiteLate,
    PaidArrivalLate,
    UpstreamReport,
    CallerAccepted,
    CallerRedirected,
    /// <summary>The caller is told the result when the case is finished (R-FB-1).</summary>
    CallerResult,
    /// <summary>An overdue complaint transferred again in writing (R-DS-9).</summary>
    WrittenTransfer,
    /// <summary>A major or sudden event reported to the upstream office at once (R-DS-9).</summary>
    UpstreamMajorReport,
    /// <summary>A complex supervision item, with the leader's opinion, notified to the upstream office in writing (R-DS-9).</summary>
    UpstreamWrittenNotice,
    /// <summary>To the hotline agent: the supervision item's report to the upstream office is due (R-FU-7).</summary>
    UpstreamReportDue,
    /// <summary>To the hotline desk: a unit that received a complaint directly reports its result for the record (R-IN-7).</summary>
    ResultForRecord,
    /// <summary>12319: the revisit of a closed case found the caller dissatisfied; the manager decides what follows (R-RV-2).</summary>
    ClosedCaseDissatisfied,
    /// <summary>GM hotline: to the building head, the work is done: make the second revisit and summarise (R-RV-1, R-DS-7).</summary>
    SecondRevisitDue,

    // Issue 10, first-question duty (004).

    /// <summary>The receiving department finished: the first-question owner's duty ends (R-FQ-2).</summary>
    FirstQuestionDutyEnded,
    /// <summary>A first-question breach is undecided at the end of its period (R-FQ-3).</summary>
    BreachDecisionOverdue,

    // Quality records (R-RP-10, R-RP-11).

    /// <summary>The quality office is asked to assess the unit head for a closed complaint (R-RP-11).</summary>
    AssessmentDue,

    /// <summary>The office head is asked for the 《纠正与预防措施》 report (R-RP-10).</summary>
    CorrectiveActionDue,
}
