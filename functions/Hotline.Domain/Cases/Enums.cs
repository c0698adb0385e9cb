namespace Hotline.Domain.Cases;

/// <summary>How the request reached the hotline (R-IN-1).</summary>
public enum Channel
{
    Phone,
    Visit,
    Letter,
    Web,
    /// <summary>A supervision item (督办件) forwarded by the upstream network (R-IN-6).</summary>
    Upstream,
    /// <summary>Found by leaders or staff themselves (R-IN-2 B).</summary>
    Internal,
}

public enum Urgency
{
    Normal,
    /// <summary>重大: reported to the manager at once and closed only with approval (R-DS-4, R-CL-5).</summary>
    Major,
    /// <summary>紧急 (R-EM-1): the manager ladder and the emergency crew are called at once.</summary>
    Emergency,
}

/// <summary>What the hotline decided at intake (R-IN-2, R-IN-3).</summary>
public enum IntakeDecision
{
    /// <summary>立项: open a case and dispatch it.</summary>
    Open,
    /// <summary>Answered on the spot: a call record, counted in statistics, not opened.</summary>
    Answered,
    /// <summary>Unsure whether to open: recorded, and the manager decides (R-IN-2) — approving dispatches it.</summary>
    Refer,
}

/// <summary>Why a case was opened, as the seed lists the reasons (001 篇2 §3.2.1, R-IN-2).</summary>
public enum OpenReason
{
    /// <summary>A: needs on-site work that must be followed up and checked.</summary>
    OnSiteWork,
    /// <summary>B: found by leaders or staff and needs follow-up.</summary>
    FoundByStaff,
    /// <summary>C: a query that needs follow-up.</summary>
    QueryNeedsFollowUp,
    /// <summary>D: an emergency.</summary>
    Emergency,
    /// <summary>E: outside the company's remit, but the caller asks for help finding out.</summary>
    OutsideRemit,
}

public enum CaseStatus
{
    /// <summary>A call answered on the spot (terminal, R-IN-3).</summary>
    Answered,
    /// <summary>GM-hotline: a first-time request sent back to the building (terminal, R-IN-4).</summary>
    Redirected,
    /// <summary>Waiting for the manager's signed instruction before dispatch (R-DS-3).</summary>
    AwaitingInstruction,
    /// <summary>Several or no departments fit: the coordinator names the lead department (R-DS-5).</summary>
    AwaitingRouting,
    /// <summary>The responsible person was told and has not answered yet.</summary>
    Dispatched,
    /// <summary>Acknowledged and arranged; work under way.</summary>
    InProgress,
    /// <summary>Suspended with the upstream office's approval (R-FU-12).</summary>
    Suspended,
    /// <summary>The responsible person cannot resolve it: waits for the manager and the quarterly forced closure (R-CL-7).</summary>
    Unresolvable,
    /// <summary>Work done with its evidence; waits for the revisit and any approval.</summary>
    Completed,
    Closed,
}

public enum ClosureOutcome
{
    Resolved,
    /// <summary>Closed as unresolvable at quarter end with the manager's approval (R-CL-7).</summary>
    ForceClosed,
}

/// <summary>What proves the work was done (R-CL-1, R-CL-2).</summary>
public enum EvidenceKind
{
    /// <summary>The service slip (服务单) signed by the complainant, its copy back with the dispatcher.</summary>
    ServiceSlip,
    /// <summary>Documents that verify a non-repair case.</summary>
    Document,
    /// <summary>A supervisor's notice, verified.</summary>
    SupervisorNotice,
}

/// <summary>The manager approvals a case can need.</summary>
public enum ApprovalKind
{
    /// <summary>Signed instruction before dispatching a difficult item (R-DS-3).</summary>
    Instruction,
    /// <summary>Closing an emergency or a major case (R-EM-6, R-CL-5).</summary>
    Closure,
    /// <summary>Forced closure of an unresolvable case at quarter end (R-CL-7).</summary>
    ForcedClosure,
}

public enum RevisitStage
{
    /// <summary>During handling (阶段性回访, R-RV-2); with the GM hotline, the department head's first revisit (R-RV-1, R-FU-5).</summary>
    Stage,
    /// <summary>After completion (结案回访); decides closure or reopening (R-RV-3).</summary>
    Closing,
    /// <summary>GM hotline: the building head's second revisit after completion, with his summary (R-RV-1, R-DS-7).</summary>
    Second,
}
