using Hotline.Domain.Callers;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>Something that happened to a case: an intake, the clock, or a staff member's action. <see cref="AtUtc"/> is when it happened.</summary>
public abstract record CaseTrigger(DateTimeOffset AtUtc);

/// <summary>Something a staff member did; <see cref="By"/> carries their directory roles.</summary>
public abstract record StaffTrigger(DateTimeOffset AtUtc, Actor By) : CaseTrigger(AtUtc);

/// <summary>
/// A request received and recorded (R-IN-1). <paramref name="Team"/> is the routing resolved from the
/// directory (<see cref="TeamResolver"/>). <paramref name="HandledByBuildingBefore"/> matters to the
/// GM hotline, which only takes dissatisfaction with a building's handling (R-IN-4). <paramref name="LinkedUnit"/> is the
/// second-level linked unit a 12319 complaint is about (R-DS-8).
/// <paramref name="By"/> is the first-question owner, any staff member (R-IN-9); <paramref name="FirstContact"/> what they did at the
/// first contact.
/// </summary>
public sealed record Intake(
    DateTimeOffset AtUtc,
    Actor By,
    CaseId CaseId,
    Caller Caller,
    Channel Channel,
    string Category,
    Urgency Urgency,
    string Summary,
    string? Details,
    IntakeDecision Decision,
    OpenReason? Reason,
    CaseTeam Team,
    UpstreamItem? Upstream = null,
    bool HandledByBuildingBefore = true,
    string? LinkedUnit = null,
    FirstContact? FirstContact = null,
    FeeAgreed? Fee = null) : StaffTrigger(AtUtc, By);

/// <summary>The clock: one or more deadlines may be due.</summary>
public sealed record ClockTick(DateTimeOffset AtUtc) : CaseTrigger(AtUtc);

/// <summary>收到: acknowledged and arranged. From a ladder member on an emergency it stops the ladder (R-EM-2).</summary>
public sealed record Acknowledge(DateTimeOffset AtUtc, Actor By, string? Note = null) : StaffTrigger(AtUtc, By);

/// <summary>到达: on site (paid services: on site within 20, promised within 25 minutes, R-FU-9).</summary>
public sealed record Arrived(DateTimeOffset AtUtc, Actor By) : StaffTrigger(AtUtc, By);

public sealed record ProgressNote(DateTimeOffset AtUtc, Actor By, string Text) : StaffTrigger(AtUtc, By);

/// <summary>完成: the work is done, with the evidence its category needs (R-CL-1, R-CL-2).</summary>
public sealed record Complete(DateTimeOffset AtUtc, Actor By, EvidenceKind Evidence, string? EvidenceReference, string Result) : StaffTrigger(AtUtc, By);

/// <summary>无法处理: cannot be resolved, with the reason (R-FU-3, R-CL-7).</summary>
public sealed record CannotResolve(DateTimeOffset AtUtc, Actor By, string Reason) : StaffTrigger(AtUtc, By);

public sealed record Approve(DateTimeOffset AtUtc, Actor By, ApprovalKind Kind, string? Comment = null) : StaffTrigger(AtUtc, By);

/// <summary>A revisit's result: rating A/B/C, comment, service area (R-RV-4); the building head's second revisit adds his summary (R-DS-7).</summary>
public sealed record RevisitResult(
    DateTimeOffset AtUtc, Actor By, RevisitStage Stage, SatisfactionRating Rating, string? Comment, string? ServiceArea, string? Summary = null)
    : StaffTrigger(AtUtc, By);

/// <summary>The closing revisit was tried and the caller could not be reached (R-RV-6).</summary>
public sealed record RevisitNotReached(DateTimeOffset AtUtc, Actor By, string? Note) : StaffTrigger(AtUtc, By);

/// <summary>二次投诉 about an unfinished case (R-FU-8).</summary>
public sealed record SecondComplaint(DateTimeOffset AtUtc, Actor By, string Text) : StaffTrigger(AtUtc, By);

/// <summary>Send the case to another unit or person (R-DS-5, R-DS-6, R-IN-7).</summary>
public sealed record Reassign(DateTimeOffset AtUtc, Actor By, CaseTeam Team, string Reason) : StaffTrigger(AtUtc, By);

/// <summary>The coordinator names the lead department when routing was unclear (R-DS-5).</summary>
public sealed record Route(DateTimeOffset AtUtc, Actor By, CaseTeam Team) : StaffTrigger(AtUtc, By);

/// <summary>The first-question owner hands the request over, on the record (004, R-RP-8).</summary>
public sealed record HandOver(DateTimeOffset AtUtc, Actor By, StaffId To, string Reason) : StaffTrigger(AtUtc, By);

/// <summary>Suspend an unreasonable demand with the upstream office's approval (R-FU-12).</summary>
public sealed record Suspend(DateTimeOffset AtUtc, Actor By, string ApprovalReference, string Reason) : StaffTrigger(AtUtc, By);

public sealed record Resume(DateTimeOffset AtUtc, Actor By, string Reason) : StaffTrigger(AtUtc, By);

/// <summary>A related problem found during the work; <paramref name="OpenedAs"/> when it became its own case (R-CL-3, R-CL-4).</summary>
public sealed record LinkRelated(DateTimeOffset AtUtc, Actor By, string Description, CaseId? OpenedAs) : StaffTrigger(AtUtc, By);

public sealed record RelatedResolved(DateTimeOffset AtUtc, Actor By, int Number) : StaffTrigger(AtUtc, By);

/// <summary>A leader's instruction during an emergency: becomes its own tracked case (R-EM-5).</summary>
public sealed record LeaderInstruction(DateTimeOffset AtUtc, Actor By, string Text, StaffId Assignee) : StaffTrigger(AtUtc, By);

/// <summary>The upstream office sets or changes the item's deadline (R-FU-7).</summary>
public sealed record UpstreamDeadline(DateTimeOffset AtUtc, Actor By, DateTimeOffset DueUtc) : StaffTrigger(AtUtc, By);

/// <summary>销项 requested by the hotline; accepted only when every closure rule holds.</summary>
public sealed record Close(DateTimeOffset AtUtc, Actor By, string? Note = null) : StaffTrigger(AtUtc, By);

/// <summary>
/// A notice to <paramref name="Recipient"/> could not be delivered for good. An unreachable responsible person is
/// itself a reason to call the next one (R-DS-1, R-EM-2).
/// </summary>
public sealed record DeliveryFailed(DateTimeOffset AtUtc, StaffId Recipient, string Reason) : CaseTrigger(AtUtc);

/// <summary>Someone tried to act on the case without the right to (by SMS); the attempt is kept on the timeline.</summary>
public sealed record AttemptRefused(DateTimeOffset AtUtc, StaffId By, string What, string Why) : CaseTrigger(AtUtc);

/// <summary>The manager decides not to open a referred request (R-IN-2): it stays a call record (R-IN-3).</summary>
public sealed record Decline(DateTimeOffset AtUtc, Actor By, string Reason) : StaffTrigger(AtUtc, By);

/// <summary>The hotline reports a supervision item's progress or result to the upstream office (R-FU-7).</summary>
public sealed record ReportUpstream(DateTimeOffset AtUtc, Actor By, string Text) : StaffTrigger(AtUtc, By);

/// <summary>
/// GM hotline: the building head, on receiving the hotline file, decides the measures and assigns a department head to handle
/// it in person (R-DS-7).
/// </summary>
public sealed record AssignDepartment(DateTimeOffset AtUtc, Actor By, CaseTeam Department, string Measures) : StaffTrigger(AtUtc, By);

// ---- Park dispatch (001): paid services and the slip copy ----

/// <summary>A paid service's fee, told from the price list, and the owner's consent to it, recorded at intake before any work (R-FU-9).</summary>
public sealed record FeeAgreed(string Fee);

/// <summary>
/// The hotline told the owner the reason the promised arrival cannot be kept and agreed <paramref name="NewTimeUtc"/> (R-FU-9,
/// 001 篇5 §10.2: 主动向业主说明原因，并约定新的时间).
/// </summary>
public sealed record PaidDelayAgreed(DateTimeOffset AtUtc, Actor By, DateTimeOffset NewTimeUtc, string Reason) : StaffTrigger(AtUtc, By);

/// <summary>The signed service slip's copy reached the dispatcher, who signs and files it: 销项 can complete (R-CL-1, 001 篇1 §3.1.7).</summary>
public sealed record SlipCopyReceived(DateTimeOffset AtUtc, Actor By, string? Note = null) : StaffTrigger(AtUtc, By);

// Quality records (R-RP-7, R-RP-10, R-RP-11): accepted on open and on closed cases, since they are often made after closure.

/// <summary>
/// The quality office or a manager records what the system cannot see (R-RP-7): an attitude complaint verified, or a
/// complaint taken to the government or the media, against <paramref name="Person"/>.
/// </summary>
public sealed record RecordAccountability(DateTimeOffset AtUtc, Actor By, StaffId Person, Kpi.AccountabilityKind Kind, string Reason) : StaffTrigger(AtUtc, By);

/// <summary>The quality office assesses the unit head for this complaint (R-RP-11, 服务质量考评记录).</summary>
public sealed record AssessUnitHead(DateTimeOffset AtUtc, Actor By, AssessmentVerdict Verdict, string Comment) : StaffTrigger(AtUtc, By);

/// <summary>The office head files the 《纠正与预防措施》 report with the quality department (R-RP-10).</summary>
public sealed record FileCorrectiveAction(DateTimeOffset AtUtc, Actor By, string Reference, string Summary) : StaffTrigger(AtUtc, By);
