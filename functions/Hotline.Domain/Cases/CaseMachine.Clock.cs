using Hotline.Domain.Calendar;
using Hotline.Domain.Kpi;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    // Re-checks land on the close of the next working day: "eod" resolved at a close is the next day's close.
    private static readonly DeadlineSpec DefaultRecheck = DeadlineSpec.Parse("eod");

    /// <summary>Fires every deadline that is due, oldest first. Each handler re-checks the state, so a late or repeated wake-up does no harm.</summary>
    private static void OnClock(Step step)
    {
        if (step.State.IsTerminal)
        {
            return;
        }

        var due = step.State.Deadlines.Where(d => d.DueUtc <= step.Now).OrderBy(d => d.DueUtc).ThenBy(d => d.Kind).ToList();
        if (due.Count == 0)
        {
            return;
        }

        step.Cancel([.. due.Select(d => d.Kind)]);
        foreach (var deadline in due)
        {
            if (step.State.IsTerminal)
            {
                break;
            }

            Fire(step, deadline);
        }
    }

    private static void Fire(Step step, Deadline deadline)
    {
        var s = step.State;
        var working = s.Status is CaseStatus.Dispatched or CaseStatus.InProgress;
        var p = step.Profile;
        switch (deadline.Kind)
        {
            case DeadlineKind.AcknowledgeTimeout when s.Status == CaseStatus.Dispatched && s.Team.Implementer is { } implementer && s.Assignee != implementer:
                step.State = s with { Assignee = implementer };
                step.Log(LedgerKind.Escalated, $"主管 {s.Team.Supervisor} 未应答：直接联系实施责任人 {implementer}", "R-DS-1");
                step.Notify(implementer, new Notice(NoticeKind.TaskAssigned, DueUtc: step.DueOf(DeadlineKind.HandlingDue)), "R-DS-1");
                break;

            case DeadlineKind.FirstFollowUp when working:
                step.Log(LedgerKind.FollowUp, "第一次跟进：了解处理与安排情况，催促进度", "R-FU-1");
                step.Notify(s.Assignee, new Notice(NoticeKind.FollowUp), "R-FU-1");
                break;

            case DeadlineKind.EndOfDayFollowUp when working:
                step.Log(LedgerKind.FollowUp, "下班前第二次跟进", "R-FU-2");
                if (s.AcknowledgedUtc is null)
                {
                    step.Log(LedgerKind.Escalated, "立项事宜尚未安排：即报管理处负责人", "R-FU-2");
                    step.Notify(s.Team.Manager, new Notice(NoticeKind.NotArrangedEscalation, Subject: s.Assignee), "R-FU-2");
                }
                else
                {
                    step.Notify(s.Assignee, new Notice(NoticeKind.EndOfDayReminder), "R-FU-2");
                }

                break;

            case DeadlineKind.FirstResponse when s.FirstResponseUtc is null && s.Status != CaseStatus.Completed:
                step.Log(LedgerKind.Escalated, "24小时内未作首次回应", "R-FU-11");
                step.Notify(s.Team.Manager, new Notice(NoticeKind.FirstResponseOverdue, Subject: s.Assignee), "R-FU-11");
                step.HoldAccountable(s.Assignee, AccountabilityKind.FailedToReport, "未在时限内首次回应", "R-RP-7");
                break;

            case DeadlineKind.HandlingDue when working:
                OnOverdue(step, deadline.DueUtc);
                break;

            case DeadlineKind.SevenDayEscalation when s.Status != CaseStatus.Completed && !s.SevenDayReported:
                step.State = s with { SevenDayReported = true };
                step.Log(LedgerKind.Escalated, "7天内未解决或未确定处理措施：书面上报集团负责人并反馈全质办", "R-FU-6");
                step.Notify(s.Team.GroupHead, new Notice(NoticeKind.SevenDayEscalation, Level: 7), "R-FU-6");
                step.Notify(s.Team.QualityOffice, new Notice(NoticeKind.SevenDayEscalation, Level: 7), "R-FU-6");
                break;

            case DeadlineKind.WeeklyReview:
                OnWeeklyReview(step);
                break;

            case DeadlineKind.DailyFollowUp when p.FollowUp.Daily is { } daily:
                if (working || s.Status == CaseStatus.Suspended)
                {
                    step.Log(LedgerKind.FollowUp, "每日跟进，列入热线日报", "R-FU-4");
                    step.Notify(s.Assignee, new Notice(NoticeKind.DailyFollowUp), "R-FU-4");
                }

                step.Schedule(DeadlineKind.DailyFollowUp, p.Calendar.Resolve(step.Now, daily));
                break;

            case DeadlineKind.StageRevisitDue when s.LastRevisit(RevisitStage.Stage) is null && s.Status != CaseStatus.Closed:
                step.Log(LedgerKind.Escalated, "责任部门负责人未在24小时内回访业主并反馈回访表", "R-FU-5");
                step.Notify(s.Team.Supervisor, new Notice(NoticeKind.StageRevisitDue), "R-RV-1");
                step.Notify(s.Team.Manager, new Notice(NoticeKind.StageRevisitDue, Subject: s.Team.Supervisor), "R-FU-5");
                step.HoldAccountable(s.Team.Supervisor, AccountabilityKind.LateRevisit, "未按时回访", "R-RP-7");
                break;

            case DeadlineKind.RevisitDue when s.Status == CaseStatus.Completed:
                var owner = RevisitOwner(step);
                step.Log(LedgerKind.Escalated, "完成后回访逾期", "R-RV-3");
                step.Notify(owner, new Notice(NoticeKind.RevisitDue), "R-RV-3");
                if (!AccountedSince(s, AccountabilityKind.LateRevisit, s.CompletedUtc))
                {
                    // One late revisit is one occurrence (003 §八 (六) 每发生一次): the daily re-checks remind, they do not fine again.
                    step.HoldAccountable(owner, AccountabilityKind.LateRevisit, "未及时回访", "R-RP-7");
                }

                step.Schedule(DeadlineKind.RevisitDue, p.Calendar.Resolve(step.Now, DefaultRecheck));
                break;

            case DeadlineKind.EmergencyLadder when s.EmergencyAcknowledgedBy is null:
                ClimbLadder(step);
                break;

            case DeadlineKind.QuarterEnd when s.Status == CaseStatus.Unresolvable:
                OnQuarterEnd(step);
                break;

            case DeadlineKind.PaidOnSiteDue when s.ArrivedUtc is null && s.PaidOwnerWarnedUtc is null && working:
                OnPaidNotOnSite(step);
                break;

            case DeadlineKind.UpstreamReportDue:
                OnUpstreamReportDue(step);
                break;

            case DeadlineKind.ArrivalDue when s.ArrivedUtc is null && working:
                // R-FU-13 小修随叫随到: the promise is to come when called; the manager hears when nobody has.
                step.Log(LedgerKind.Escalated, $"{p.FindCategory(s.Category)?.Name}：承诺的到场时间 {p.Calendar.FormatLocal(deadline.DueUtc)} 已过，仍未到场", "R-FU-13");
                step.Notify(s.Assignee, new Notice(NoticeKind.Overdue, DueUtc: deadline.DueUtc), "R-FU-13");
                step.Notify(s.Team.Manager, new Notice(NoticeKind.Overdue, DueUtc: deadline.DueUtc, Subject: s.Assignee), "R-FU-13");
                break;

            case DeadlineKind.BreachDecisionDue:
                OnBreachDecisionDue(step);
                break;

            case DeadlineKind.PaidArrivalDue when s.ArrivedUtc is null && working:
                OnPaidArrivalMissed(step);
                break;
        }
    }

    private static void OnOverdue(Step step, DateTimeOffset due)
    {
        var s = step.State;
        var p = step.Profile;
        step.Log(LedgerKind.Escalated, $"超过处理时限 {p.Calendar.FormatLocal(due)}", "R-FU-7");
        step.Notify(s.Assignee, new Notice(NoticeKind.Overdue, DueUtc: due), "R-FU-7");
        TransferInWritingWhenOverdue(step);
        if (s.SecondComplaints > 0 && p.FollowUp.SecondComplaintLadder)
        {
            // R-FU-8: still overdue after a second complaint: report up one level at each re-check.
            Escalate(step, "二次投诉后仍未在时限内处理完毕，逐级上报");
        }
        else
        {
            step.Notify(s.Team.Manager, new Notice(NoticeKind.Overdue, DueUtc: due, Subject: s.Assignee), "R-FU-7");
        }

        if (!AccountedSince(s, AccountabilityKind.OverdueWithoutReason, s.HandlingDueUtc ?? due))
        {
            // 003 §八 (二): past the limit while still being worked on (not suspended, not reported unresolvable) is overdue
            // without a valid reason; the department head answers for it (扣罚部门责任人), once per missed limit.
            step.HoldAccountable(s.Team.Supervisor ?? s.Assignee, AccountabilityKind.OverdueWithoutReason, "超过处理时限未办结且无正当理由", "R-RP-7");
        }

        step.Schedule(DeadlineKind.HandlingDue, p.Calendar.Resolve(step.Now, p.FollowUp.OverdueRecheck ?? DefaultRecheck));
    }

    private static void Escalate(Step step, string why)
    {
        var s = step.State;
        var ladder = s.Team.ManagerLadder;
        if (ladder.IsDefaultOrEmpty)
        {
            step.Log(LedgerKind.Escalated, $"{why}：未配置上级", "R-FU-8");
            return;
        }

        var level = Math.Min(s.EscalationLevel + 1, ladder.Length);
        step.State = s with { EscalationLevel = level };
        step.Log(LedgerKind.Escalated, $"{why}：第{level}级 {ladder[level - 1]}", "R-FU-8");
        step.Notify(ladder[level - 1], new Notice(NoticeKind.SecondComplaint, Level: level, Subject: s.Assignee), "R-FU-8");
    }

    private static void OnWeeklyReview(Step step)
    {
        var s = step.State;
        var p = step.Profile;
        if (s.Status == CaseStatus.Unresolvable)
        {
            step.Log(LedgerKind.FollowUp, "周一全面跟进：无法处理，交管理处负责人确认或确定新的处理方法", "R-FU-3");
            step.Notify(s.Team.Manager, new Notice(NoticeKind.UnresolvableReview), "R-FU-3");
        }
        else if (s.Status is CaseStatus.Dispatched or CaseStatus.InProgress or CaseStatus.Suspended)
        {
            step.Log(LedgerKind.FollowUp, "周一全面跟进上周投诉案", "R-FU-3");
            step.Notify(s.Assignee, new Notice(NoticeKind.WeeklyReview), "R-FU-3");
        }
        else if (s.Status is CaseStatus.AwaitingInstruction or CaseStatus.AwaitingRouting)
        {
            step.Log(LedgerKind.FollowUp, "周一全面跟进：仍待批示或指定责任部门", "R-FU-3");
            step.Notify(s.Team.Manager, new Notice(NoticeKind.WeeklyReview), "R-FU-3");
        }

        if (s.Status != CaseStatus.Completed)
        {
            step.Schedule(DeadlineKind.WeeklyReview, p.Calendar.Resolve(step.Now, p.FollowUp.WeeklyReview ?? DefaultReview));
        }
    }

    private static void ClimbLadder(Step step)
    {
        var s = step.State;
        var ladder = s.Team.ManagerLadder;
        var wait = step.Profile.Emergency.AcknowledgeWithin;
        if (!ladder.IsDefaultOrEmpty && s.LadderStep + 1 < ladder.Length)
        {
            var next = s.LadderStep + 1;
            step.State = s with { LadderStep = next };
            step.Log(LedgerKind.Escalated, $"{ladder[s.LadderStep]} 未应答：越级通知 {ladder[next]}", "R-EM-2");
            step.Notify(ladder[next], new Notice(NoticeKind.EmergencyLadder, Level: next), "R-EM-2");
        }
        else if (!ladder.IsDefaultOrEmpty && s.LadderStep < ladder.Length - 1 + MaxTopReminders)
        {
            step.State = s with { LadderStep = s.LadderStep + 1 };
            step.Log(LedgerKind.Escalated, "已通知至最高一级，仍无人应答：再次通知", "R-EM-2");
            step.Notify(ladder[^1], new Notice(NoticeKind.EmergencyLadder, Level: ladder.Length - 1), "R-EM-2");
        }
        else
        {
            // The SMS ladder is spent; the dispatcher on post keeps calling by phone (R-EM-4) rather than texting forever.
            step.Log(LedgerKind.Escalated, "各级领导均未应答短信：停止短信通知，由在岗调度员电话联系", "R-EM-4");
            step.Notify(s.FirstOwner, new Notice(NoticeKind.EmergencyLadder, Level: ladder.IsDefaultOrEmpty ? 0 : ladder.Length - 1), "R-EM-4");
            return;
        }

        step.Schedule(DeadlineKind.EmergencyLadder, step.Now + wait);
    }

    /// <summary>How many times the top of the ladder is re-texted before the dispatcher takes over by phone.</summary>
    private const int MaxTopReminders = 3;

    private static void OnQuarterEnd(Step step)
    {
        var s = step.State;
        if (s.Approvals.FirstOrDefault(a => a.Kind == ApprovalKind.ForcedClosure) is { } approval)
        {
            ForceClose(step, approval);
            return;
        }

        step.State = s with { ForcedClosureDue = true };
        step.Log(LedgerKind.Escalated, "季度末：无法处理的投诉案待管理处负责人协调批准后强制销项", "R-CL-7");
        step.Notify(s.Team.Manager, new Notice(NoticeKind.ApprovalRequest, Text: nameof(ApprovalKind.ForcedClosure)), "R-CL-7");
        step.Schedule(DeadlineKind.QuarterEnd, step.Profile.Calendar.EndOfQuarter(step.Now.AddSeconds(1)));
    }

    /// <summary>Whether a record of this kind was already made on the case at or after <paramref name="since"/>.</summary>
    private static bool AccountedSince(CaseState s, AccountabilityKind kind, DateTimeOffset? since) =>
        !s.Accountability.IsDefaultOrEmpty && s.Accountability.Any(a => a.Kind == kind && (since is null || a.AtUtc >= since));

    private static Staff.StaffId? RevisitOwner(Step step) =>
        step.Profile.Revisit.ByResponsibleUnit ? step.State.Assignee : step.State.FirstOwner;
}
