using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    private static Decision.Rejected? OnApprove(Step step, Approve t)
    {
        var s = step.State;
        var rule = t.Kind switch
        {
            ApprovalKind.Instruction => "R-DS-3",
            ApprovalKind.ForcedClosure => "R-CL-7",
            _ => s.Urgency == Urgency.Emergency ? "R-EM-6" : "R-CL-5",
        };
        if (!IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"Only the case's manager chain approves ({rule}); {t.By.Id} is not in it.");
        }

        switch (t.Kind)
        {
            case ApprovalKind.Instruction when s.Status != CaseStatus.AwaitingInstruction:
                return Invalid($"Case {s.Id} is not waiting for an instruction.");
            case ApprovalKind.Closure when s.Status != CaseStatus.Completed:
                return new Decision.Rejected("R-CL-6", $"Case {s.Id} is {s.Status}: nobody may close a case before it is handled.");
            case ApprovalKind.ForcedClosure when s.Status != CaseStatus.Unresolvable:
                return new Decision.Rejected("R-CL-7", $"Forced closure is for cases recorded as unresolvable; case {s.Id} is {s.Status}.");
        }

        var approval = new Approval(t.Kind, t.By.Id, t.AtUtc, t.Comment);
        step.State = s with { Approvals = [.. s.Approvals, approval] };
        step.Log(LedgerKind.Approved, $"{t.By.Id} 批准（{LedgerLabels.Of(t.Kind)}）{Suffix(t.Comment)}", rule, t.By.Id);
        switch (t.Kind)
        {
            case ApprovalKind.Instruction:
                RouteOrDispatch(step);
                break;
            case ApprovalKind.Closure:
                TryClose(step, s.FirstOwner, explicitRequest: false);
                break;
            case ApprovalKind.ForcedClosure when s.ForcedClosureDue:
                ForceClose(step, approval);
                break;
            case ApprovalKind.ForcedClosure:
                step.Log(LedgerKind.Approved, "已批准：季度末强制销项", "R-CL-7", t.By.Id);
                break;
        }

        return null;
    }

    private static Decision.Rejected? OnDecline(Step step, Decline t)
    {
        var s = step.State;
        if (!IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "Only the case's manager chain decides whether a referred request is opened (R-IN-2).");
        }

        if (s.Status != CaseStatus.AwaitingInstruction || s.OpenReason is not null)
        {
            return new Decision.Rejected("R-IN-2", $"Case {s.Id} was not referred for a decision on opening it.");
        }

        if (string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("Say why it is not opened.");
        }

        step.State = s with { Status = CaseStatus.Answered };
        step.Log(LedgerKind.Answered, $"负责人决定不立项：{t.Reason.Trim()}；记为来电记录", "R-IN-2", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnRevisit(Step step, RevisitResult t)
    {
        var s = step.State;
        if (t.Stage == RevisitStage.Second)
        {
            return OnSecondRevisit(step, t);
        }

        if (!IsHotline(t.By) && !IsResponsible(s, t.By) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} has no part in revisiting case {s.Id}.");
        }

        if (t.Stage == RevisitStage.Closing && s.Status != CaseStatus.Completed)
        {
            return new Decision.Rejected("R-RV-3", $"The closing revisit follows completion; case {s.Id} is {s.Status}.");
        }

        if (t.Stage == RevisitStage.Closing && SecondRevisitMissing(step) is { } missing)
        {
            return missing;
        }

        if (t.ServiceArea is { } area && Kpi.ServiceAreas.Find(area) is null)
        {
            return Invalid($"Unknown service area '{area}'.");
        }

        var record = RevisitRecordOf(step, t);
        step.State = s with { Revisits = [.. s.Revisits, record] };
        var rating = RatingText(t.Rating);
        if (t.Stage == RevisitStage.Stage)
        {
            step.Cancel(DeadlineKind.StageRevisitDue);
            step.Log(LedgerKind.Revisit, $"阶段性回访：{rating}{Suffix(t.Comment)}", IsResponsible(s, t.By) ? "R-RV-1" : "R-RV-2", t.By.Id);
            return null;
        }

        step.Cancel(DeadlineKind.RevisitDue);
        step.Log(LedgerKind.Revisit, $"结案回访：{rating}{Suffix(t.Comment)}", "R-RV-4", t.By.Id);
        if (t.Rating == SatisfactionRating.Dissatisfied && step.Profile.Revisit.ReopenOnDissatisfied)
        {
            Reopen(step, "回访发现问题未解决：重新处理，直至解决");
            return null;
        }

        TryClose(step, DispatcherOf(s, t.By), explicitRequest: false);
        return null;
    }

    /// <summary>A revisit as recorded (R-RV-4): the owner's service area, else the category's; the building head's summary (R-DS-7).</summary>
    private static RevisitRecord RevisitRecordOf(Step step, RevisitResult t) => new(
        t.Stage, t.Rating, t.Comment?.Trim(), t.ServiceArea ?? step.Profile.FindCategory(step.State.Category)!.ServiceArea, t.By.Id, t.AtUtc,
        t.Stage == RevisitStage.Second ? t.Summary?.Trim() : null);

    /// <summary>The rating as the revisit forms write it (R-RV-4).</summary>
    private static string RatingText(SatisfactionRating rating) => rating switch
    {
        SatisfactionRating.Satisfied => "A 满意",
        SatisfactionRating.FairlySatisfied => "B 一般满意",
        _ => "C 不满意",
    };

    /// <summary>
    /// R-RV-6: a caller who cannot be reached does not keep a finished case open for ever. Each failed attempt is on the
    /// timeline; after the profile's number of attempts the case closes (if every other closure rule holds) with the
    /// revisit recorded as not reached.
    /// </summary>
    private static Decision.Rejected? OnRevisitNotReached(Step step, RevisitNotReached t)
    {
        var s = step.State;
        if (!IsHotline(t.By) && !IsResponsible(s, t.By) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} has no part in revisiting case {s.Id}.");
        }

        if (s.Status != CaseStatus.Completed)
        {
            return new Decision.Rejected("R-RV-3", $"The closing revisit follows completion; case {s.Id} is {s.Status}.");
        }

        var attempts = s.RevisitAttemptsUnreached + 1;
        step.State = s with { RevisitAttemptsUnreached = attempts };
        step.Log(LedgerKind.Revisit, $"结案回访未联系上来电人（第{attempts}次）{Suffix(t.Note)}", "R-RV-6", t.By.Id);
        if (step.Profile.Revisit.UnreachableAttempts is { } limit && attempts >= limit)
        {
            TryClose(step, DispatcherOf(s, t.By), explicitRequest: false);
        }

        return null;
    }

    private static Decision.Rejected? OnClose(Step step, Close t)
    {
        if (!IsHotline(t.By) && !IsLadder(step.State, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "Cases are closed by the hotline or the manager.");
        }

        return TryClose(step, DispatcherOf(step.State, t.By), explicitRequest: true);
    }

    /// <summary>
    /// The dispatcher who signs the closure (R-CL-8, 001 §3.3.3 调度人员签名): the hotline member acting, else the case's
    /// first-question owner — never the station head whose revisit or the manager whose request set it off.
    /// </summary>
    private static StaffId DispatcherOf(CaseState s, Actor by) => IsHotline(by) ? by.Id : s.FirstOwner;

    /// <summary>
    /// Closes when every closure rule holds (R-CL-1…R-CL-6, R-EM-6, R-RV-3). An automatic attempt that lacks only the
    /// manager's approval asks for it; an explicit request that fails is rejected with the rule.
    /// </summary>
    private static Decision.Rejected? TryClose(Step step, StaffId dispatcher, bool explicitRequest)
    {
        var s = step.State;
        var blocked = ClosureBlock(step);
        if (blocked is null)
        {
            Finish(step, ClosureOutcome.Resolved, s.Completion!.Result, ApprovedBy(s), dispatcher, "R-CL-8");
            return null;
        }

        if (!explicitRequest && blocked.Rule is "R-EM-6" or "R-CL-5")
        {
            step.Notify(s.Team.Manager, new Notice(NoticeKind.ApprovalRequest, Text: nameof(ApprovalKind.Closure)), blocked.Rule);
        }

        return explicitRequest ? blocked : null;
    }

    private static Decision.Rejected? ClosureBlock(Step step)
    {
        var s = step.State;
        if (s.Status != CaseStatus.Completed || s.Completion is null)
        {
            return new Decision.Rejected("R-CL-6", $"Case {s.Id} is {s.Status}: nobody may close a case before it is handled.");
        }

        if (step.Profile.FindCategory(s.Category)!.RequiresServiceSlip && s.Completion.Evidence != EvidenceKind.ServiceSlip)
        {
            return new Decision.Rejected("R-CL-1", "The signed service slip has not reached the dispatcher.");
        }

        if (SlipCopyMissing(step))
        {
            return new Decision.Rejected("R-CL-1", "The service slip's copy has not reached the dispatcher yet: record it when it does (服务单副本).");
        }

        if (!s.Related.IsDefaultOrEmpty && s.Related.FirstOrDefault(r => r.BlocksClosure) is { } related)
        {
            return new Decision.Rejected("R-CL-4", $"Related problem #{related.Number} ({related.Description}) is still in progress and was not opened as its own case.");
        }

        // A revisit or an approval given before the case was reopened and completed again speaks for the old result, not this one.
        var satisfied = s.LastRevisit(RevisitStage.Closing) is { Rating: not SatisfactionRating.Dissatisfied } revisit && revisit.AtUtc >= s.CompletedUtc;
        var unreachable = step.Profile.Revisit.UnreachableAttempts is { } limit && s.RevisitAttemptsUnreached >= limit;
        if (step.Profile.Revisit.Within is not null && !step.Profile.Revisit.AfterClosure && !satisfied && !unreachable)
        {
            return new Decision.Rejected("R-RV-3", "The closing revisit has not found the caller satisfied yet.");
        }

        var approved = !s.Approvals.IsDefaultOrEmpty && s.Approvals.Any(a => a.Kind == ApprovalKind.Closure && a.AtUtc >= s.CompletedUtc);
        if (s.Urgency == Urgency.Emergency && !approved)
        {
            return new Decision.Rejected("R-EM-6", "An emergency case closes only with the manager's approval.");
        }

        if (s.Urgency == Urgency.Major && !approved)
        {
            return new Decision.Rejected("R-CL-5", "A major case closes only with the manager's approval.");
        }

        return null;
    }

    private static StaffId? ApprovedBy(CaseState s) =>
        s.Approvals.IsDefaultOrEmpty ? null : s.Approvals.LastOrDefault(a => a.Kind == ApprovalKind.Closure)?.By;

    private static void ForceClose(Step step, Approval approval) =>
        Finish(step, ClosureOutcome.ForceClosed, step.State.CannotResolveReason ?? "无法处理", approval.By, step.State.FirstOwner, "R-CL-7");

    private static void Finish(Step step, ClosureOutcome outcome, string result, StaffId? approvedBy, StaffId dispatcher, string rule)
    {
        var closure = new ClosureRecord(outcome, result, approvedBy, dispatcher, step.Now);
        step.State = step.State with { Status = CaseStatus.Closed, Closure = closure, Deadlines = [] };
        var approver = approvedBy is { } a ? $"，批准人 {a}" : string.Empty;
        step.Log(LedgerKind.Closed, $"销项（{LedgerLabels.Of(outcome)}）：{result}{approver}，调度员 {dispatcher}", rule, dispatcher);
        if (step.Profile.Closure.CallerFeedback == CallerFeedback.OnClosure
            || (outcome == ClosureOutcome.ForceClosed && step.Profile.Closure.CallerFeedback == CallerFeedback.OnCompletion))
        {
            // A forced closure never completed: the caller hears that too, with the reason.
            step.NotifyCaller(new Notice(NoticeKind.CallerResult, Text: result), "R-FB-1");
        }

        step.Emit(new CaseClosed(closure));
        AskForQualityRecords(step);
    }

    private static void Reopen(Step step, string why)
    {
        var s = step.State;
        step.State = s with { Status = CaseStatus.InProgress, CompletedUtc = null, Completion = null, Reopened = s.Reopened + 1 };
        step.Cancel(DeadlineKind.RevisitDue);
        step.Log(LedgerKind.Reopened, why, "R-RV-3");
        step.Notify(s.Assignee, new Notice(NoticeKind.Reopened), "R-RV-3");
        var category = step.Profile.FindCategory(s.Category)!;
        ArmWork(step, HandlingDue(step, category));
        step.Schedule(DeadlineKind.WeeklyReview, step.Profile.Calendar.Resolve(step.Now, step.Profile.FollowUp.WeeklyReview ?? DefaultReview));
    }
}
