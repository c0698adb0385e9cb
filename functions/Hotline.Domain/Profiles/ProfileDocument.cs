namespace Hotline.Domain.Profiles;

// The JSON shape of a profile file. Everything is optional here so that the loader, not the serializer,
// reports what is missing, with the JSON path of the field.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.
internal sealed record ProfileDocument(
    string? Id,
    string? Name,
    string? Source,
    CalendarDocument? Calendar,
    List<CategoryDocument>? Categories,
    IntakeDocument? Intake,
    DispatchDocument? Dispatch,
    FollowUpDocument? FollowUp,
    EmergencyDocument? Emergency,
    RevisitDocument? Revisit,
    ClosureDocument? Closure,
    KpiDocument? Kpi,
    Dictionary<string, decimal[]>? Penalties,
    ReportingDocument? Reporting = null,
    SupervisionDocument? Supervision = null,
    FirstQuestionDocument? FirstQuestion = null,
    PaidServiceDocument? PaidService = null,
    ReleasePermitDocument? ReleasePermits = null);

internal sealed record CalendarDocument(
    string? TimeZone, string? Workday, List<string>? Weekend, string? ServiceHours, string? ServiceDays, List<string>? Holidays,
    SeasonDocument? Season = null, string? DutyDesk = null);

/// <param name="From">First day, "MM-dd".</param>
/// <param name="To">Last day (inclusive), "MM-dd"; may be in the next year.</param>
internal sealed record SeasonDocument(string? From, string? To, string? ServiceHours, string? ServiceDays);

internal sealed record CategoryDocument(
    string? Code, string? Name, List<string>? Units, bool Emergency, bool RequiresServiceSlip, bool NeedsInstruction, string? Handling, bool Paid, string? ServiceArea,
    string? ArriveWithin = null,
    string? PaidPromise = null);

internal sealed record IntakeDocument(bool EscalationOnly, bool? TellCallerTimeLimit, string? DefaultTimeLimit, bool UnitsReportToHotline = false);

internal sealed record DispatchDocument(
    string? AcknowledgeWithin, bool NotifyOfficeHead, string? ForwardWithin, bool WrittenTransfers = false, bool ViaBuildingHead = false, bool MajorToGroupHead = false);

/// <param name="UpstreamUnit">The directory unit of the upstream office that forwards this profile's supervision items.</param>
internal sealed record SupervisionDocument(string? ReportWithin, bool ReportMajorAtOnce = false, string? UpstreamUnit = null);

internal sealed record FollowUpDocument(
    string? First, bool EndOfDay, string? EndOfDayLead, string? WeeklyReview, string? Daily, string? FirstResponse, string? EscalateAfter,
    string? OverdueRecheck, bool SecondComplaintLadder, bool Suspension);

internal sealed record EmergencyDocument(string? AcknowledgeWithin, List<string>? CrewUnits);

internal sealed record RevisitDocument(
    string? Within, string? StageWithin, bool? ReopenOnDissatisfied, bool ByResponsibleUnit, int? UnreachableAttempts = null, bool AfterClosure = false);

/// <param name="CallerFeedback">"on-completion" (default), "on-closure" or "none" (R-FB-1).</param>
/// <param name="AssessUnitHead">R-RP-11: the quality office assesses the unit head for every complaint.</param>
/// <param name="CorrectiveAction">R-RP-10: the profile keeps the 《纠正与预防措施》 procedure; the categories listed are service-quality complaints.</param>
/// <param name="SlipCopyToDispatcher">R-CL-1: a slip category closes only once the dispatcher has the slip's copy.</param>
internal sealed record ClosureDocument(
    bool? ForcedQuarterly, string? CallerFeedback = null, bool AssessUnitHead = false, List<string>? CorrectiveAction = null, bool SlipCopyToDispatcher = false);

internal sealed record PaidServiceDocument(string? PromiseWithin, string? OnSiteWithin, string? WarnOwnerWithin);

/// <param name="WeeklyQualityCheck">R-RP-1: the manager checks the complaints' quality records once a week; the week passing without a check is reminded.</param>
internal sealed record ReportingDocument(
    int? RollUpDay, int? UpstreamReportDay, string? LinkedUnitCategory, List<string>? LinkedUnits = null, ApprovalDocument? Approval = null, bool WeeklyQualityCheck = false);

/// <summary>R-RP-9: which reports are reviewed and approved before they go out, by whom, and which go upstream.</summary>
internal sealed record ApprovalDocument(List<string>? Reports, StaffSelectorDocument? Reviewer, StaffSelectorDocument? Approver, List<string>? Upstream, int? RemindWorkingDaysBefore);

/// <param name="Role">A directory role in kebab case ("supervisor").</param>
/// <param name="Unit">When set, only holders of the role in this directory unit.</param>
internal sealed record StaffSelectorDocument(string? Role, string? Unit);

internal sealed record KpiDocument(decimal? FeedbackTimeliness, decimal? RevisitRate, decimal? Satisfaction, decimal? ClosureRate, string? FeedbackWithin = null);
#pragma warning restore CA1812
