namespace Hotline.Domain.Cases;

/// <summary>A timer the case is waiting for. The machine re-checks the case when it falls due, so an early or repeated wake-up is harmless.</summary>
public sealed record Deadline(DeadlineKind Kind, DateTimeOffset DueUtc);

public enum DeadlineKind
{
    /// <summary>The supervisor has not answered: contact the implementer directly (R-DS-1).</summary>
    AcknowledgeTimeout,
    /// <summary>2 h after dispatch (R-FU-1).</summary>
    FirstFollowUp,
    /// <summary>Before the end of the working day; the manager is told when nothing was arranged (R-FU-2).</summary>
    EndOfDayFollowUp,
    /// <summary>Every request gets a first response within 24 h (R-FU-11).</summary>
    FirstResponse,
    /// <summary>The handling time limit: category, upstream deadline or profile default (R-FU-7, R-FU-10).</summary>
    HandlingDue,
    /// <summary>Not resolved within 7 days: written report to the group head and quality office (R-FU-6).</summary>
    SevenDayEscalation,
    /// <summary>Monday review of last week's open cases (R-FU-3).</summary>
    WeeklyReview,
    /// <summary>GM hotline: the hotline follows every open case daily (R-FU-4).</summary>
    DailyFollowUp,
    /// <summary>GM hotline: the department head's first revisit and form within 24 h (R-FU-5, R-RV-1).</summary>
    StageRevisitDue,
    /// <summary>Closing revisit after completion (R-RV-3).</summary>
    RevisitDue,
    /// <summary>Nobody on the emergency ladder has acknowledged yet: climb a level (R-EM-2).</summary>
    EmergencyLadder,
    /// <summary>Quarter end: forced closure of an unresolvable case with approval (R-CL-7).</summary>
    QuarterEnd,
    /// <summary>Paid service: staff on site within 20 minutes, else the owner is warned by then (R-FU-9).</summary>
    PaidOnSiteDue,
    /// <summary>Paid service: the arrival promised to the owner (25, laundry 15, table rental 10 minutes) or the new time agreed (R-FU-9).</summary>
    PaidArrivalDue,
    /// <summary>The hotline's deadline to report a supervision item to the upstream office (R-FU-7).</summary>
    UpstreamReportDue,
    /// <summary>The category's arrival promise (heating 小修随叫随到, R-FU-13).</summary>
    ArrivalDue,

    // Issue 10, first-question duty (004).

    /// <summary>A breach of the first-question duty is still undecided at the end of its period (R-FQ-3).</summary>
    BreachDecisionDue,
}
