using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    private static Decision.Rejected? OnReassign(Step step, Reassign t)
    {
        var s = step.State;
        var byHotline = IsHotline(t.By) || IsLadder(s, t.By) || t.By.Has(Role.Coordinator) || t.By.Id == s.Team.Coordinator;
        var byUnit = IsResponsible(s, t.By);
        if (!byHotline && !byUnit)
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} may not reassign case {s.Id}.");
        }

        if (s.Status is CaseStatus.Completed or CaseStatus.Unresolvable)
        {
            return Invalid($"Case {s.Id} is {s.Status}; reopen it through a revisit or a second complaint first.");
        }

        // Reassigning dispatches at once: it must not bypass the signed instruction or end a suspension off the record.
        if (s.Status == CaseStatus.AwaitingInstruction)
        {
            return new Decision.Rejected("R-DS-3", $"Case {s.Id} waits for the manager's signed instruction before it is dispatched anywhere.");
        }

        if (s.Status == CaseStatus.Suspended)
        {
            return new Decision.Rejected("R-FU-12", $"Case {s.Id} is suspended with the upstream office's approval; resume it first.");
        }

        if (t.Team.Unit is null || (t.Team.Supervisor is null && t.Team.Implementer is null))
        {
            return Invalid("The new team needs a unit and a person to tell.");
        }

        if (byUnit && !byHotline && s.WasRerouted)
        {
            return new Decision.Rejected("R-DS-6", "A department that received a wrongly routed request must take it and may not pass it on again; report to the coordinator.");
        }

        if (string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("Say why the case is reassigned.");
        }

        var late = byUnit && !byHotline && s.DispatchedUtc is { } dispatched && step.Profile.Dispatch.ForwardWithin is { } within
            && t.AtUtc > step.Profile.Calendar.Resolve(dispatched, within);
        step.Log(LedgerKind.Reassigned, $"由 {s.Team.Unit} 转 {t.Team.Unit}：{t.Reason.Trim()}", byUnit ? "R-DS-6" : "R-DS-5", t.By.Id);
        if (late)
        {
            step.HoldAccountable(t.By.Id, AccountabilityKind.LateTransfer, "转交不属于本部门的投诉超过时限", "R-IN-7");
        }

        step.State = step.State with { Team = t.Team, WasRerouted = true, Status = CaseStatus.Dispatched };
        RouteOrDispatch(step);
        return null;
    }

    private static Decision.Rejected? OnRoute(Step step, Route t)
    {
        var s = step.State;
        if (!t.By.Has(Role.Coordinator) && t.By.Id != s.Team.Coordinator && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The customer-relations coordinator or the manager names the lead department (R-DS-5).");
        }

        if (s.Status != CaseStatus.AwaitingRouting)
        {
            return Invalid($"Case {s.Id} is not waiting for routing.");
        }

        if (t.Team.Unit is null)
        {
            return Invalid("Name the lead department.");
        }

        step.State = s with { Team = t.Team };
        step.Log(LedgerKind.Reassigned, $"指定牵头部门 {t.Team.Unit}", "R-DS-5", t.By.Id);
        RouteOrDispatch(step);
        return null;
    }

    private static Decision.Rejected? OnHandOver(Step step, HandOver t)
    {
        var s = step.State;
        if (t.By.Id != s.FirstOwner && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"Only the first-question owner ({s.FirstOwner}) or the manager hands the request over.");
        }

        if (t.To == s.FirstOwner || string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("A hand-over names another person and the reason.");
        }

        step.State = s with { FirstOwner = t.To, FirstQuestion = WithOwnerChange(s, t) };
        step.Log(LedgerKind.HandedOver, $"首问责任移交 {s.FirstOwner} → {t.To}：{t.Reason.Trim()}", "R-RP-8", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnSuspend(Step step, Suspend t)
    {
        var s = step.State;
        if (!step.Profile.FollowUp.Suspension)
        {
            return new Decision.Rejected("R-FU-12", $"Profile '{step.Profile.Id}' does not suspend cases.");
        }

        if (!IsHotline(t.By) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The hotline suspends a case, with the upstream office's approval.");
        }

        if (string.IsNullOrWhiteSpace(t.ApprovalReference))
        {
            return new Decision.Rejected("R-FU-12", "Suspension needs the upstream office's approval reference.");
        }

        if (!IsWorking(s))
        {
            return Invalid($"Case {s.Id} is {s.Status}.");
        }

        step.State = s with { Status = CaseStatus.Suspended, Suspension = new StatusBeforeSuspension(s.Status, t.ApprovalReference.Trim(), t.AtUtc) };
        step.Cancel(WorkTimers);
        step.Log(LedgerKind.Suspended, $"诉求不合理，经上级批准（{t.ApprovalReference.Trim()}）暂停处理：{t.Reason}", "R-FU-12", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnResume(Step step, Resume t)
    {
        var s = step.State;
        if (!IsHotline(t.By) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The hotline resumes a suspended case.");
        }

        if (s.Status != CaseStatus.Suspended || s.Suspension is null)
        {
            return Invalid($"Case {s.Id} is not suspended.");
        }

        step.State = s with { Status = s.Suspension.Status, Suspension = null };
        step.Log(LedgerKind.Resumed, $"诉求人降低要求，恢复处理：{t.Reason}", "R-FU-12", t.By.Id);
        // The time limit stops while the case is suspended: it resumes with the time it had left (R-FU-12).
        var due = s.HandlingDueUtc is { } limit ? limit + (t.AtUtc - s.Suspension.SinceUtc) : HandlingDue(step, step.Profile.FindCategory(s.Category)!);
        ArmWork(step, due);
        return null;
    }

    private static Decision.Rejected? OnLinkRelated(Step step, LinkRelated t)
    {
        var s = step.State;
        if (!s.HasPart(t.By.Id) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} has no part in case {s.Id}.");
        }

        if (string.IsNullOrWhiteSpace(t.Description) || t.OpenedAs == s.Id)
        {
            return Invalid("Describe the related problem (and name another case if it was opened).");
        }

        var item = new RelatedItem(s.Related.Length + 1, t.Description.Trim(), t.OpenedAs, Resolved: false);
        step.State = s with { Related = [.. s.Related, item] };
        step.Log(LedgerKind.Related, t.OpenedAs is { } other
            ? $"相关新问题已另行立项 {other}：{item.Description}"
            : $"相关问题处理中，未能单独立项（未解决前不能销项）：{item.Description}", t.OpenedAs is null ? "R-CL-4" : "R-CL-3", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnRelatedResolved(Step step, RelatedResolved t)
    {
        var s = step.State;
        if (!s.HasPart(t.By.Id) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} has no part in case {s.Id}.");
        }

        if (s.Related.FirstOrDefault(r => r.Number == t.Number) is not { } item)
        {
            return Invalid($"Case {s.Id} has no related problem #{t.Number}.");
        }

        step.State = s with { Related = s.Related.Replace(item, item with { Resolved = true }) };
        step.Log(LedgerKind.Related, $"相关问题 #{item.Number} 已解决", "R-CL-4", t.By.Id);
        if (step.State.Status == CaseStatus.Completed)
        {
            TryClose(step, s.FirstOwner, explicitRequest: false);
        }

        return null;
    }

    private static Decision.Rejected? OnUpstreamDeadline(Step step, UpstreamDeadline t)
    {
        var s = step.State;
        if (!IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The hotline records the upstream office's deadline.");
        }

        if (s.Upstream is null)
        {
            return new Decision.Rejected("R-IN-6", $"Case {s.Id} is not a supervision item.");
        }

        step.State = s with { Upstream = s.Upstream with { DueUtc = t.DueUtc }, HandlingDueUtc = IsWorking(s) ? t.DueUtc : s.HandlingDueUtc };
        step.Log(LedgerKind.Progress, $"上级规定反馈期限 {step.Profile.Calendar.FormatLocal(t.DueUtc)}", "R-FU-7", t.By.Id);
        if (IsWorking(s))
        {
            step.Schedule(DeadlineKind.HandlingDue, t.DueUtc);
        }

        return null;
    }
}
