using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// One line of the case ledger (台账): when, who, what, and which rule made it happen. The ledger is
/// append-only and reproduces the paper forms (R-PV-2): hotline log, follow-up table, processing file, revisit table.
/// </summary>
public sealed record LedgerEntry(
    int Sequence,
    DateTimeOffset AtUtc,
    StaffId? By,
    LedgerKind Kind,
    string Text,
    string? Rule);

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
}
