namespace Hotline.Domain.Reports;

/// <summary>
/// First-question compliance over a period (R-RP-8), as the management office checks the reception records (004 过程与效果
/// 控制): who received each request, who typed it, who owns it, every hand-over and whether the receiving department
/// recorded it, whether the duty ended, and whether 二次办结 was met; with the period's breaches (R-FQ-3). Staff ids,
/// categories and times only, never caller data (R-PV-1).
/// </summary>
public sealed record FirstQuestionAudit(
    string Profile,
    DateOnly From,
    DateOnly To,
    DateTimeOffset AsOfUtc,
    int DoneWithinContacts,
    FirstQuestionAuditTotals Totals,
    IReadOnlyList<FirstQuestionAuditCase> Cases,
    IReadOnlyList<FirstQuestionAuditBreach> Breaches);

/// <param name="ReadBack">Whether the owner recorded the read-back (复述确认, R-IN-9).</param>
/// <param name="ToldCaller">Whether the owner recorded what the caller was told: the procedure or the expected time (R-IN-9).</param>
/// <param name="Duty">"ended" (the department's completion notice, R-FQ-2), "handled-by-owner" (no hand-over and the
/// request is done), or "open".</param>
/// <param name="DoneWithinContacts">"met", "not-met" or "pending" (still open within the allowed contacts).</param>
public sealed record FirstQuestionAuditCase(
    string CaseId,
    string Category,
    string Status,
    DateTimeOffset ReceivedUtc,
    string ReceivedBy,
    string RecordedBy,
    string Owner,
    bool ReadBack,
    bool ToldCaller,
    IReadOnlyList<FirstQuestionAuditHandOver> HandOvers,
    IReadOnlyList<FirstQuestionAuditOwnerChange> OwnerChanges,
    string Duty,
    DateTimeOffset? DutyEndedUtc,
    string? DutyEndNotified,
    int Contacts,
    string DoneWithinContacts);

/// <summary>One line of the coordination slip (R-FQ-1) and whether the receiving department entered it in its reception record.</summary>
public sealed record FirstQuestionAuditHandOver(
    int Number, string From, string To, string? ToUnit, string Method, DateTimeOffset AtUtc, bool ReceptionRecorded, DateTimeOffset? ReceptionRecordedUtc);

public sealed record FirstQuestionAuditOwnerChange(string From, string To, string Reason, DateTimeOffset AtUtc);

/// <param name="Overdue">Undecided past its period, or decided after it (R-FQ-3).</param>
public sealed record FirstQuestionAuditBreach(
    string CaseId,
    int Number,
    string Person,
    string Kind,
    bool SpotCheck,
    DateTimeOffset OpenedUtc,
    DateTimeOffset? DueUtc,
    string? Sanction,
    DateTimeOffset? DecidedUtc,
    bool Overdue);

/// <param name="HandOversNotRecorded">Hand-overs the receiving department has not entered in its reception record.</param>
public sealed record FirstQuestionAuditTotals(
    int Cases,
    int RecordedOnBehalf,
    int ReadBack,
    int ToldCaller,
    int HandOvers,
    int HandOversNotRecorded,
    int DutyEnded,
    int HandledByOwner,
    int DutyOpen,
    int DoneWithinContactsMet,
    int DoneWithinContactsNotMet,
    int DoneWithinContactsPending,
    int BreachesOpened,
    int BreachesDecided,
    int BreachesOverdue);
