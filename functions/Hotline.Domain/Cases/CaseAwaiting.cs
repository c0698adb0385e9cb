using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>What an open case waits for from one staff member: the next step the case machine would accept from them.</summary>
public enum AwaitedStep
{
    /// <summary>An emergency nobody on the ladder acknowledged yet (R-EM-2), or a dispatched task its responsible person has not acknowledged (R-DS-1).</summary>
    Acknowledge,
    /// <summary>A text asked this person to reply "收到" (a manager told to supervise, a crew called out).</summary>
    Confirm,
    /// <summary>The manager's signed instruction before dispatch (R-DS-3), or the decision on a referred request (R-IN-2).</summary>
    Instruct,
    /// <summary>The coordinator or the manager names the lead department (R-DS-5).</summary>
    Route,
    /// <summary>GM hotline: the building head assigns a department head (R-DS-7).</summary>
    AssignDepartment,
    /// <summary>The work, then completion with its evidence (R-CL-1, R-CL-2).</summary>
    Complete,
    /// <summary>GM hotline: the department head's first revisit within 24 h (R-RV-1, R-FU-5).</summary>
    StageRevisit,
    /// <summary>GM hotline: the building head's second revisit after completion (R-RV-1).</summary>
    SecondRevisit,
    /// <summary>The signed slip's copy back with the dispatcher (R-CL-1).</summary>
    SlipCopy,
    /// <summary>The closing revisit (R-RV-3).</summary>
    Revisit,
    /// <summary>The manager's approval to close an emergency or major case (R-EM-6, R-CL-5).</summary>
    ApproveClosure,
    /// <summary>The manager's approval of the quarter-end forced closure (R-CL-7).</summary>
    ApproveForcedClosure,
    /// <summary>The hotline reports the supervision item to the upstream office (R-FU-7).</summary>
    ReportUpstream,
}

/// <summary>
/// Derives, from a case's state and the profile, what the case waits for from a given staff member, following the checks
/// <see cref="CaseMachine"/> makes: who may acknowledge, complete, approve, route or revisit in which status. Null when
/// nothing awaits them (they may still have a part in the case). When several steps are theirs, the most pressing wins:
/// an emergency first, then the step that unblocks the case, then a "收到" a text asked of them.
/// </summary>
public static class CaseAwaiting
{
    public static AwaitedStep? Of(CaseState state, Actor viewer, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(profile);
        var s = state;
        var me = viewer.Id;
        if (s.IsTerminal)
        {
            return null;
        }

        var ladder = s.Team.IsInLadder(me);
        var responsible = s.Team.IsResponsible(me) || me == s.Assignee;
        if (s.Urgency == Urgency.Emergency && s.EmergencyAcknowledgedBy is null && ladder && s.Status is CaseStatus.Dispatched or CaseStatus.InProgress)
        {
            return AwaitedStep.Acknowledge;
        }

        var step = s.Status switch
        {
            CaseStatus.AwaitingInstruction when ladder => AwaitedStep.Instruct,
            CaseStatus.AwaitingRouting when viewer.Has(Role.Coordinator) || me == s.Team.Coordinator || ladder => AwaitedStep.Route,
            CaseStatus.Dispatched or CaseStatus.InProgress => Working(s, me, responsible, profile),
            CaseStatus.Completed => AfterCompletion(s, me, ladder, profile),
            CaseStatus.Unresolvable when me == s.Team.Manager && !s.HasApproval(ApprovalKind.ForcedClosure) && profile.Closure.ForcedQuarterly
                => AwaitedStep.ApproveForcedClosure,
            _ => (AwaitedStep?)null,
        };

        // A "收到" asked of them matters, but less than a step only they can take.
        return step ?? (!s.AwaitingConfirmation.IsDefaultOrEmpty && s.AwaitingConfirmation.Any(c => c.Staff == me) ? AwaitedStep.Confirm : null);
    }

    private static AwaitedStep? Working(CaseState s, Staff.StaffId me, bool responsible, Profile profile)
    {
        var buildingHead = s.BuildingHead ?? s.Team.Supervisor;
        if (profile.Dispatch.ViaBuildingHead && s.BuildingHead is null && me == buildingHead && s.Status == CaseStatus.InProgress)
        {
            return AwaitedStep.AssignDepartment;
        }

        if (responsible)
        {
            if (s.Status == CaseStatus.Dispatched)
            {
                return AwaitedStep.Acknowledge;
            }

            return HasDeadline(s, DeadlineKind.StageRevisitDue) && s.LastRevisit(RevisitStage.Stage) is null && me == s.Team.Supervisor
                ? AwaitedStep.StageRevisit
                : AwaitedStep.Complete;
        }

        return me == s.FirstOwner && s.Upstream is not null && HasDeadline(s, DeadlineKind.UpstreamReportDue) ? AwaitedStep.ReportUpstream : null;
    }

    /// <summary>In the order <c>ClosureBlock</c> checks them: slip copy, second revisit, closing revisit, approval.</summary>
    private static AwaitedStep? AfterCompletion(CaseState s, Staff.StaffId me, bool ladder, Profile profile)
    {
        var category = profile.FindCategory(s.Category);
        var slipMissing = profile.Closure.SlipCopyToDispatcher && category?.RequiresServiceSlip == true && !(s.SlipCopyReceivedUtc >= s.CompletedUtc);
        if (slipMissing)
        {
            return me == s.FirstOwner ? AwaitedStep.SlipCopy : null;
        }

        if (profile.Dispatch.ViaBuildingHead && s.BuildingHead is { } buildingHead
            && !(s.LastRevisit(RevisitStage.Second) is { } second && second.AtUtc >= s.CompletedUtc))
        {
            return me == buildingHead ? AwaitedStep.SecondRevisit : null;
        }

        var satisfied = s.LastRevisit(RevisitStage.Closing) is { Rating: not SatisfactionRating.Dissatisfied } revisit && revisit.AtUtc >= s.CompletedUtc;
        var unreachable = profile.Revisit.UnreachableAttempts is { } limit && s.RevisitAttemptsUnreached >= limit;
        if (profile.Revisit.Within is not null && !profile.Revisit.AfterClosure && !satisfied && !unreachable)
        {
            var revisitOwner = profile.Revisit.ByResponsibleUnit ? s.Assignee : s.FirstOwner;
            return me == revisitOwner ? AwaitedStep.Revisit : null;
        }

        var approved = !s.Approvals.IsDefaultOrEmpty && s.Approvals.Any(a => a.Kind == ApprovalKind.Closure && a.AtUtc >= s.CompletedUtc);
        return s.Urgency is Urgency.Emergency or Urgency.Major && !approved && ladder && me == s.Team.Manager ? AwaitedStep.ApproveClosure : null;
    }

    private static bool HasDeadline(CaseState s, DeadlineKind kind) => !s.Deadlines.IsDefaultOrEmpty && s.Deadlines.Any(d => d.Kind == kind);
}
