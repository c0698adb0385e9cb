using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// One line of the case ledger (台账): when, who, what, and which rule made it happen. The ledger is
/// append-only and reproduces the paper forms (R-PV-2): hotline log, follow-up table, processing file, revisit table.
/// </summary>
/// <param name="Accountable">Set on accountability lines (R-RP-7): who is held to account and for what, as data for reports.</param>
public sealed record LedgerEntry(
    int Sequence,
    DateTimeOffset AtUtc,
    StaffId? By,
    LedgerKind Kind,
    string Text,
    string? Rule,
    Accountable? Accountable = null);

/// <summary>An accountability record (R-RP-7) carried by its ledger line.</summary>
public sealed record Accountable(StaffId Person, Kpi.AccountabilityKind Kind);

public enum LedgerKind
{
    Received,
    Opened,
    Answered,
    Redirected,
    Dispatched,
    Notified,
    Acknowledged,
    Arrived,
    Progress,
    FollowUp,
    Escalated,
    Completed,
    CannotResolve,
    Approved,
    Revisit,
    Reopened,
    Reassigned,
    HandedOver,
    Suspended,
    Resumed,
    Related,
    Instruction,
    SecondComplaint,
    Accountability,
    Refused,
    Closed,

    // Issue 10, first-question duty (004).
    DutyEnded,
    Breach,
}
