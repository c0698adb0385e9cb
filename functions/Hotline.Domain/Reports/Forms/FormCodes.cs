namespace Hotline.Domain.Reports.Forms;

/// <summary>The form codes (kebab, used in URLs and file names): three kept per case, the rest per period.</summary>
public static class FormCodes
{
    public const string ProcessingFile = "processing-file";
    public const string FollowUpTable = "follow-up-table";
    public const string RevisitForm = "revisit-form";

    public const string HotlineLog = "hotline-log";
    public const string SupervisionLedger = "supervision-ledger";
    public const string CallLedger = "call-ledger";
    public const string MonthlySummary = "monthly-summary";
    public const string AssessmentRecord = "assessment-record";
    public const string AccountabilityList = "accountability-list";
    public const string FirstQuestionAudit = "first-question-audit";
    public const string WorkLog = "work-log";
    public const string ReceptionRecord = "reception-record";

    public static IReadOnlyList<string> PerCase { get; } = [ProcessingFile, FollowUpTable, RevisitForm];

    public static IReadOnlyList<string> PerPeriod { get; } =
        [HotlineLog, SupervisionLedger, CallLedger, MonthlySummary, AssessmentRecord, AccountabilityList, FirstQuestionAudit, WorkLog, ReceptionRecord];

    /// <summary>Period forms built on a monthly report: they take <c>month=yyyy-MM</c>, not a free range.</summary>
    public static IReadOnlyList<string> Monthly { get; } = [MonthlySummary, AssessmentRecord, AccountabilityList];
}
