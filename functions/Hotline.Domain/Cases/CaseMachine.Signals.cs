using Hotline.Domain.Profiles;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    private static bool IsHotline(Actor a) => a.Has(Role.Agent);

    private static bool IsLadder(CaseState s, Actor a) => s.Team.IsInLadder(a.Id);

    private static bool IsResponsible(CaseState s, Actor a) => s.Team.IsResponsible(a.Id) || a.Id == s.Assignee;

    private static bool IsWorking(CaseState s) => s.Status is CaseStatus.Dispatched or CaseStatus.InProgress;

    private static Decision.Rejected? OnAcknowledge(Step step, Acknowledge t)
    {
        var s = step.State;
        if (s.Urgency == Urgency.Emergency && s.EmergencyAcknowledgedBy is null && IsLadder(s, t.By))
        {
            step.State = s with { EmergencyAcknowledgedBy = t.By.Id };
            step.Cancel(DeadlineKind.EmergencyLadder);
            step.Log(LedgerKind.Acknowledged, $"{t.By.Id} 已应答紧急事件：停止越级通知", "R-EM-2", t.By.Id);
            return null;
        }

        if (s.AwaitingConfirmation.FirstOrDefault(c => c.Staff == t.By.Id) is { } asked && !(IsResponsible(s, t.By) && s.Status == CaseStatus.Dispatched))
        {
            // Someone a text asked to confirm (a manager told to supervise, a crew called out): the reply is the confirmation.
            step.State = s with { AwaitingConfirmation = s.AwaitingConfirmation.Remove(asked) };
            step.Log(LedgerKind.Acknowledged, $"{t.By.Id} 已回复收到（{LedgerLabels.Of(asked.Kind)}）{Suffix(t.Note)}", asked.Rule, t.By.Id);
            return null;
        }

        if (!IsResponsible(s, t.By) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} is not responsible for case {s.Id}.");
        }

        if (!IsWorking(s))
        {
            return Invalid($"Case {s.Id} is {s.Status}; there is no task to acknowledge.");
        }

        step.State = s with
        {
            Status = CaseStatus.InProgress,
            AcknowledgedUtc = s.AcknowledgedUtc ?? t.AtUtc,
            FirstResponseUtc = s.FirstResponseUtc ?? t.AtUtc,
            Assignee = IsResponsible(s, t.By) ? t.By.Id : s.Assignee,
        };
        step.Cancel(DeadlineKind.AcknowledgeTimeout, DeadlineKind.FirstResponse);
        step.Log(LedgerKind.Acknowledged, $"已收到并安排处理{Suffix(t.Note)}", "R-DS-1", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnArrived(Step step, Arrived t)
    {
        var s = step.State;
        if (!IsResponsible(s, t.By) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} is not responsible for case {s.Id}.");
        }

        if (!IsWorking(s))
        {
            return Invalid($"Case {s.Id} is {s.Status}.");
        }

        var late = PaidArrivalPromise(step) is { } promised && t.AtUtc > promised;
        step.State = s with
        {
            Status = CaseStatus.InProgress,
            ArrivedUtc = t.AtUtc,
            AcknowledgedUtc = s.AcknowledgedUtc ?? t.AtUtc,
            FirstResponseUtc = s.FirstResponseUtc ?? t.AtUtc,
        };
        step.Cancel(DeadlineKind.PaidArrivalDue, DeadlineKind.PaidOnSiteDue, DeadlineKind.AcknowledgeTimeout, DeadlineKind.FirstResponse);
        step.Cancel(DeadlineKind.ArrivalDue);
        // The line names the rule it answers: a paid service's promised arrival when missed, the emergency crew, else the task.
        var lateOnCall = !late && s.DispatchedUtc is { } sent && step.Profile.FindCategory(s.Category)!.ArriveWithin is { } promise
            && t.AtUtc > step.Profile.Calendar.Resolve(sent, promise);
        var rule = late ? "R-FU-9" : lateOnCall ? "R-FU-13" : s.Urgency == Urgency.Emergency ? "R-EM-3" : "R-DS-1";
        step.Log(LedgerKind.Arrived, late || lateOnCall ? "已到达现场（超过承诺的到场时间）" : "已到达现场", rule, t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnProgress(Step step, ProgressNote t)
    {
        var s = step.State;
        if (!s.HasPart(t.By.Id) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} has no part in case {s.Id}.");
        }

        if (string.IsNullOrWhiteSpace(t.Text))
        {
            return Invalid("A progress note needs text.");
        }

        step.State = s with { FirstResponseUtc = s.FirstResponseUtc ?? t.AtUtc };
        step.Cancel(DeadlineKind.FirstResponse);
        step.Log(LedgerKind.Progress, t.Text.Trim(), null, t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnComplete(Step step, Complete t)
    {
        var s = step.State;
        if (!IsResponsible(s, t.By) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} is not responsible for case {s.Id}.");
        }

        if (!IsWorking(s) && s.Status != CaseStatus.Unresolvable)
        {
            return s.Status == CaseStatus.Completed
                ? Invalid($"Case {s.Id} is already completed.")
                : new Decision.Rejected("R-CL-6", $"Case {s.Id} is {s.Status}: it has not been handled, so it cannot be completed.");
        }

        var category = step.Profile.FindCategory(s.Category)!;
        if (category.RequiresServiceSlip && (t.Evidence != EvidenceKind.ServiceSlip || string.IsNullOrWhiteSpace(t.EvidenceReference)))
        {
            return new Decision.Rejected("R-CL-1", $"{category.Name} closes on the service slip signed by the complainant: give the slip number.");
        }

        if (string.IsNullOrWhiteSpace(t.Result))
        {
            return Invalid("Say what was done.");
        }

        if (DepartmentNotAssigned(step) is { } unassigned)
        {
            return unassigned;
        }

        step.State = s with
        {
            Status = CaseStatus.Completed,
            CompletedUtc = t.AtUtc,
            RevisitAttemptsUnreached = 0,
            ForcedClosureDue = false,
            FirstResponseUtc = s.FirstResponseUtc ?? t.AtUtc,
            Completion = new Completion(t.Evidence, t.EvidenceReference?.Trim(), t.Result.Trim(), t.By.Id),
        };
        step.Cancel(WorkTimers);
        step.Cancel(DeadlineKind.QuarterEnd, DeadlineKind.WeeklyReview, DeadlineKind.FirstResponse, DeadlineKind.SevenDayEscalation, DeadlineKind.DailyFollowUp);
        var rule = t.Evidence == EvidenceKind.ServiceSlip ? "R-CL-1" : "R-CL-2";
        step.Log(LedgerKind.Completed, $"处理完毕（{LedgerLabels.Of(t.Evidence)} {t.EvidenceReference}）：{t.Result.Trim()}", rule, t.By.Id);
        if (step.Profile.Closure.CallerFeedback == CallerFeedback.OnCompletion)
        {
            step.NotifyCaller(new Notice(NoticeKind.CallerResult, Text: t.Result.Trim()), "R-FB-1");
        }

        AskForSecondRevisit(step);
        ReportResultForRecord(step, t.Result.Trim());

        if (s.Upstream is not null)
        {
            step.State = step.State with { UpstreamReportedUtc = t.AtUtc };
            step.Cancel(DeadlineKind.UpstreamReportDue);
            step.Notify(s.Team.Upstream, new Notice(NoticeKind.UpstreamReport, Text: t.Result.Trim()), "R-FU-7");
        }

        if (step.Profile.Revisit.AfterClosure)
        {
            TryClose(step, DispatcherOf(s, t.By), explicitRequest: false);
        }
        else if (step.Profile.Revisit.Within is { } within)
        {
            step.Schedule(DeadlineKind.RevisitDue, step.Profile.Calendar.Resolve(t.AtUtc, within));
        }
        else
        {
            TryClose(step, DispatcherOf(s, t.By), explicitRequest: false);
        }

        return null;
    }

    private static Decision.Rejected? OnCannotResolve(Step step, CannotResolve t)
    {
        var s = step.State;
        if (!IsResponsible(s, t.By) && !IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"{t.By.Id} is not responsible for case {s.Id}.");
        }

        if (!IsWorking(s))
        {
            return Invalid($"Case {s.Id} is {s.Status}.");
        }

        if (string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("Say why it cannot be resolved.");
        }

        // A case can become unresolvable again after being reopened: an earlier quarter's approval or due flag does not carry over.
        step.State = s with
        {
            Status = CaseStatus.Unresolvable,
            CannotResolveReason = t.Reason.Trim(),
            FirstResponseUtc = s.FirstResponseUtc ?? t.AtUtc,
            ForcedClosureDue = false,
            Approvals = [.. s.Approvals.Where(a => a.Kind != ApprovalKind.ForcedClosure)],
        };
        step.Cancel(WorkTimers);
        step.Cancel(DeadlineKind.FirstResponse);
        step.Log(LedgerKind.CannotResolve, $"无法处理：{t.Reason.Trim()}，记录并交管理处负责人确认", "R-FU-3", t.By.Id);
        step.Notify(s.Team.Manager, new Notice(NoticeKind.UnresolvableReview, Text: t.Reason.Trim()), "R-FU-3");
        if (step.Profile.Closure.ForcedQuarterly)
        {
            step.Schedule(DeadlineKind.QuarterEnd, step.Profile.Calendar.EndOfQuarter(t.AtUtc));
        }

        return null;
    }

    private static Decision.Rejected? OnSecondComplaint(Step step, SecondComplaint t)
    {
        var s = step.State;
        if (!IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, "Second complaints are recorded by the hotline.");
        }

        step.State = s with { SecondComplaints = s.SecondComplaints + 1 };
        step.Log(LedgerKind.SecondComplaint, $"二次投诉：{t.Text}", "R-FU-8", t.By.Id);
        if (s.Status == CaseStatus.Completed)
        {
            Reopen(step, "二次投诉：问题未解决，重新处理");
        }

        // R-FU-8: to the unit manager (所长) first; further levels while it stays overdue.
        Escalate(step, "二次投诉，转所长协调处理");
        return null;
    }

    private static Decision.Rejected? OnInstruction(Step step, LeaderInstruction t)
    {
        var s = step.State;
        if (!IsLadder(s, t.By) && !t.By.Has(Role.GeneralManager) && !t.By.Has(Role.DeputyGeneralManager))
        {
            return Forbidden(Rejection.NotAllowed, "Only leaders give instructions on a case.");
        }

        step.Emit(new OpenLinkedCase(s.Id, t.Text.Trim(), t.Assignee, t.By.Id));
        step.Log(LedgerKind.Instruction, $"领导要求措施立项下达：{t.Text.Trim()} → {t.Assignee}", "R-EM-5", t.By.Id);
        return null;
    }

    private static readonly DeadlineKind[] WorkTimers =
    [
        DeadlineKind.AcknowledgeTimeout, DeadlineKind.FirstFollowUp, DeadlineKind.EndOfDayFollowUp, DeadlineKind.HandlingDue,
        DeadlineKind.PaidOnSiteDue, DeadlineKind.PaidArrivalDue, DeadlineKind.EmergencyLadder,
        DeadlineKind.ArrivalDue,
    ];

    private static string Suffix(string? note) => string.IsNullOrWhiteSpace(note) ? string.Empty : "：" + note.Trim();
}
