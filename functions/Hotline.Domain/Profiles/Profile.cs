using System.Collections.Immutable;
using Hotline.Domain.Calendar;
using Hotline.Domain.Kpi;

namespace Hotline.Domain.Profiles;

/// <summary>
/// A policy profile: every number and switch a seed procedure uses, as data. A new hotline needs a new
/// JSON file, not new code (<see cref="ProfileLoader"/>). A null deadline spec means the rule is off in this profile.
/// </summary>
public sealed record Profile
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The seed document(s) the profile implements.</summary>
    public required string Source { get; init; }

    public required BusinessCalendar Calendar { get; init; }
    public required ImmutableArray<CategoryPolicy> Categories { get; init; }
    public IntakePolicy Intake { get; init; } = new();
    public DispatchPolicy Dispatch { get; init; } = new();
    public FollowUpPolicy FollowUp { get; init; } = new();
    public EmergencyPolicy Emergency { get; init; } = new();
    public RevisitPolicy Revisit { get; init; } = new();
    public ClosurePolicy Closure { get; init; } = new();
    public SupervisionPolicy Supervision { get; init; } = new();
    /// <summary>KPI targets where the seed or the customer sets them; none by default (R-RP-2).</summary>
    public KpiTargets Kpi { get; init; } = KpiTargets.None;

    /// <summary>
    /// The feedback-timeliness window (R-RP-2): a response within it after opening is on time. By default 24 hours, the
    /// first-response limit every request has (R-FU-11, 004 §三.2).
    /// </summary>
    public DeadlineSpec FeedbackWithin { get; init; } = DefaultFeedbackWithin;

    /// <summary>R-FU-11: every request gets a first response within 24 hours.</summary>
    public static DeadlineSpec DefaultFeedbackWithin { get; } = DeadlineSpec.Parse("PT24H");
    /// <summary>The profile's own fines (R-RP-7); null when its seed sets none: accountability is then recorded without amounts.</summary>
    public PenaltySchedule? Penalties { get; init; }
    public Reports.ReportingPolicy Reporting { get; init; } = Reports.ReportingPolicy.None;

    /// <summary>The first-question duty (004): breach decision period, 二次办结 (R-FQ-3, R-RP-8).</summary>
    public FirstQuestionPolicy FirstQuestion { get; init; } = new();
    /// <summary>Paid services' arrival promises (R-FU-9); a category may promise a shorter time of its own.</summary>
    public PaidServicePolicy PaidService { get; init; } = new();
    /// <summary>Release permits (放行通知单, R-SV-1): security's copy hand-back period; none by default.</summary>
    public ReleasePermitPolicy ReleasePermits { get; init; } = new();

    public CategoryPolicy? FindCategory(string code) => Categories.FirstOrDefault(c => c.Code == code);
}

/// <param name="Units">Responsible units; one → its head, none or several → the coordinator names the lead (R-DS-5).</param>
/// <param name="Emergency">Always an emergency (fire, safety accident, official order — R-EM-1).</param>
/// <param name="RequiresServiceSlip">Repairs close only on the signed service slip (R-CL-1).</param>
/// <param name="NeedsInstruction">Difficult items get the manager's signed instruction before dispatch (R-DS-3).</param>
/// <param name="Handling">The handling time limit (R-FU-10 same day = "eod"; heating "2wd", R-FU-7).</param>
/// <param name="Paid">A paid service: the fee is told and agreed before the work, arrival is promised (R-FU-9).</param>
/// <param name="ArriveWithin">Someone on site within this after dispatch, or the manager hears (heating 小修随叫随到, R-FU-13).</param>
/// <param name="PaidPromise">This service's own promised time (laundry pickup 15, table rental 10 minutes) instead of the profile's.</param>
public sealed record CategoryPolicy(
    string Code,
    string Name,
    ImmutableArray<string> Units,
    bool Emergency = false,
    bool RequiresServiceSlip = false,
    bool NeedsInstruction = false,
    DeadlineSpec? Handling = null,
    bool Paid = false,
    string? ServiceArea = null,
    DeadlineSpec? ArriveWithin = null,
    TimeSpan? PaidPromise = null);

/// <param name="EscalationOnly">GM hotline: first-time requests go back to the building (R-IN-4).</param>
/// <param name="TellCallerTimeLimit">Tell the caller the time limit at intake (R-IN-5).</param>
/// <param name="DefaultTimeLimit">Handling limit when neither category nor upstream sets one (R-FU-7: 5 days).</param>
/// <param name="UnitsReportToHotline">Heating (003 三(二)): a station that handles a complaint it received directly reports the
/// result to the hotline for the record (并将结果报专线员备案, R-IN-7).</param>
public sealed record IntakePolicy(bool EscalationOnly = false, bool TellCallerTimeLimit = true, DeadlineSpec? DefaultTimeLimit = null, bool UnitsReportToHotline = false);

/// <param name="AcknowledgeWithin">When the supervisor has not answered by then, contact the implementer (R-DS-1).</param>
/// <param name="NotifyOfficeHead">Also tell the head of the unit's office (R-DS-2).</param>
/// <param name="ForwardWithin">A unit that is not responsible forwards within this (R-IN-7); later is a late transfer (R-RP-7).</param>
/// <param name="WrittenTransfers">Ordinary items by phone; major, complex or overdue ones in writing (R-DS-9, heating 003 §五).</param>
/// <param name="ViaBuildingHead">GM hotline: the file goes to the building head, who assigns a department head; after completion the
/// building head revisits a second time and summarises (R-DS-7, R-RV-1).</param>
/// <param name="MajorToGroupHead">Major complaints go to the group's general manager personally rather than the manager (R-DS-4, 000 §4.3.2).</param>
public sealed record DispatchPolicy(
    DeadlineSpec? AcknowledgeWithin = null,
    bool NotifyOfficeHead = false,
    DeadlineSpec? ForwardWithin = null,
    bool WrittenTransfers = false,
    bool ViaBuildingHead = false,
    bool MajorToGroupHead = false);

/// <summary>The hotline's duties to the upstream office that forwards supervision items (督办件, heating 003).</summary>
/// <param name="ReportWithin">Each item is reported upstream within this from receipt, or by its own earlier deadline (R-FU-7).</param>
/// <param name="ReportMajorAtOnce">Major or sudden events are reported upstream at once and handled as it instructs (R-DS-9).</param>
/// <param name="UpstreamUnit">The directory unit of this profile's upstream office (heating: 二级网络 市物业办, 003 §六(一)): its
/// <see cref="Staff.Role.Upstream"/> member is every case's upstream and the office reads this profile's supervision items and
/// the reports submitted to it, no other office (R-PV-1). Null: the directory's first upstream member, as before.</param>
public sealed record SupervisionPolicy(DeadlineSpec? ReportWithin = null, bool ReportMajorAtOnce = false, string? UpstreamUnit = null);

/// <param name="First">First follow-up after dispatch (R-FU-1: PT2H).</param>
/// <param name="EndOfDay">Second follow-up before the end of the working day (R-FU-2).</param>
/// <param name="EndOfDayLead">How long before the close the second follow-up happens.</param>
/// <param name="WeeklyReview">Monday review (R-FU-3: monday@09:00).</param>
/// <param name="Daily">GM hotline daily follow-up (R-FU-4).</param>
/// <param name="FirstResponse">First response limit (R-FU-11: PT24H).</param>
/// <param name="EscalateAfter">Written report to the group head and quality office (R-FU-6: P7D).</param>
/// <param name="OverdueRecheck">After a missed handling limit, how often it is checked again (and the ladder climbs, R-FU-8).</param>
/// <param name="SecondComplaintLadder">Second complaints escalate to the unit manager, then level by level (R-FU-8).</param>
/// <param name="Suspension">Unreasonable demands may be suspended with the upstream office's approval (R-FU-12).</param>
public sealed record FollowUpPolicy(
    DeadlineSpec? First = null,
    bool EndOfDay = false,
    TimeSpan EndOfDayLead = default,
    DeadlineSpec? WeeklyReview = null,
    DeadlineSpec? Daily = null,
    DeadlineSpec? FirstResponse = null,
    DeadlineSpec? EscalateAfter = null,
    DeadlineSpec? OverdueRecheck = null,
    bool SecondComplaintLadder = false,
    bool Suspension = false);

/// <param name="AcknowledgeWithin">Climb the ladder when nobody acknowledged by then (R-EM-2).</param>
/// <param name="CrewUnits">Units whose heads go on site (R-EM-3).</param>
public sealed record EmergencyPolicy(TimeSpan AcknowledgeWithin = default, ImmutableArray<string> CrewUnits = default);

/// <param name="Within">Closing revisit after completion (R-RV-3: P2D).</param>
/// <param name="StageWithin">GM hotline: the department head's first revisit within 24 h of the file (R-RV-1, R-FU-5).</param>
/// <param name="ByResponsibleUnit">Heating: the station revisits and is accountable for a late revisit (003 §六); else the hotline.</param>
/// <param name="UnreachableAttempts">After this many closing-revisit attempts that do not reach the caller, the finished case
/// closes with the revisit recorded as not reached (R-RV-6); null: it waits for a revisit however long that takes.</param>
/// <param name="AfterClosure">12319 (000 篇2 §3 对已结案的个案进行回访): a finished case closes at once and is revisited afterwards;
/// a dissatisfied caller is reported to the manager rather than reopening the closed case.</param>
public sealed record RevisitPolicy(
    DeadlineSpec? Within = null,
    DeadlineSpec? StageWithin = null,
    bool ReopenOnDissatisfied = true,
    bool ByResponsibleUnit = false,
    int? UnreachableAttempts = null,
    bool AfterClosure = false);

/// <param name="ForcedQuarterly">Unresolvable cases are force-closed at quarter end with approval (R-CL-7).</param>
/// <param name="CallerFeedback">When the caller is told the result (R-FB-1).</param>
/// <param name="SlipCopyToDispatcher">A slip category closes only once the dispatcher has recorded receiving the slip's copy (R-CL-1,
/// 001 篇1 §3.1.7); off: the signed slip recorded at completion is enough.</param>
/// <param name="AssessUnitHead">GM hotline: the quality office assesses the unit head for every complaint (R-RP-11).</param>
/// <param name="CorrectiveActionCategories">Park dispatch: the profile keeps the 《纠正与预防措施》 procedure (R-RP-10), and
/// complaints in these categories are service-quality complaints that call for the report at closure; default (not set):
/// the profile has no such procedure.</param>
public sealed record ClosurePolicy(
    bool ForcedQuarterly = true,
    CallerFeedback CallerFeedback = CallerFeedback.OnCompletion,
    bool AssessUnitHead = false,
    ImmutableArray<string> CorrectiveActionCategories = default,
    bool SlipCopyToDispatcher = false);

/// <summary>When a caller hears the result of their case (R-FB-1).</summary>
public enum CallerFeedback
{
    /// <summary>As soon as the work is done (及时将处理结果反馈给业主/市民: 002 §四.4, 001 篇5 9.4, 000 篇1).</summary>
    OnCompletion,

    /// <summary>When the case is closed (销项), whatever the outcome.</summary>
    OnClosure,

    /// <summary>Not by the system (the profile's revisit is the feedback).</summary>
    None,
}
