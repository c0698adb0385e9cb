using Hotline.Domain.Profiles;

namespace Hotline.Domain.Cases;

// The three-level network of seed 003 (heating): how a complaint is transferred to the unit that handles it (R-DS-9), and the
// hotline's own duty to report each supervision item (督办件) to the upstream office in time (R-FU-7).
public static partial class CaseMachine
{
    /// <summary>
    /// R-DS-9 (003 §五 投诉转交方式): ordinary complaints are passed on by phone; major ones needing immediate handling by phone
    /// at once and then in writing; complex items in writing with the leader's signed opinion, which for a supervision item is
    /// also sent to the upstream office in writing (003 督办件工作职责 三.4).
    /// </summary>
    private static void RecordTransfer(Step step, CategoryPolicy category)
    {
        var s = step.State;
        if (!step.Profile.Dispatch.WrittenTransfers)
        {
            return;
        }

        if (s.Urgency is Urgency.Major or Urgency.Emergency)
        {
            step.State = s with { WrittenTransferUtc = step.Now };
            step.Log(LedgerKind.Dispatched, "需立即处理的重大投诉：先电话接转，随后书面转至受理部门", "R-DS-9");
        }
        else if (category.NeedsInstruction)
        {
            step.State = s with { WrittenTransferUtc = step.Now };
            step.Log(LedgerKind.Dispatched, "难度大、情况复杂：附领导签署意见，书面转至受理部门", "R-DS-9");
            if (s.Upstream is not null)
            {
                step.Notify(s.Team.Upstream, new Notice(NoticeKind.UpstreamWrittenNotice), "R-DS-9");
            }
        }
        else
        {
            step.Log(LedgerKind.Dispatched, "普通投诉：电话告知受理部门", "R-DS-9");
        }
    }

    /// <summary>R-DS-9: a complaint not finished within its limit is transferred again, in writing, once.</summary>
    private static void TransferInWritingWhenOverdue(Step step)
    {
        var s = step.State;
        if (!step.Profile.Dispatch.WrittenTransfers || s.WrittenTransferUtc is not null)
        {
            return;
        }

        step.State = s with { WrittenTransferUtc = step.Now };
        step.Log(LedgerKind.Escalated, "未在规定时限内处理结束：以书面形式转至受理部门", "R-DS-9");
        step.Notify(s.Assignee, new Notice(NoticeKind.WrittenTransfer), "R-DS-9");
    }

    /// <summary>R-DS-9: a major or sudden event is reported to the upstream office at once, to be handled as it instructs.</summary>
    private static void ReportMajorUpstream(Step step)
    {
        if (step.Profile.Supervision.ReportMajorAtOnce && step.State.Urgency is Urgency.Major or Urgency.Emergency)
        {
            step.State = step.State with { UpstreamReportedUtc = step.Now };
            step.Log(LedgerKind.Escalated, "重大、突发事件：第一时间报告二级网络，按其批示处理", "R-DS-9");
            step.Notify(step.State.Team.Upstream, new Notice(NoticeKind.UpstreamMajorReport), "R-DS-9");
        }
    }

    /// <summary>
    /// R-FU-7: the hotline reports each supervision item to the upstream office within the profile's limit from receipt (003:
    /// 3 working days, a reading) or by the item's own deadline when that is earlier.
    /// </summary>
    private static void ArmUpstreamReport(Step step)
    {
        var s = step.State;
        if (s.Upstream is not { } item || step.Profile.Supervision.ReportWithin is not { } within)
        {
            return;
        }

        var due = step.Profile.Calendar.Resolve(s.ReceivedUtc, within);
        step.Schedule(DeadlineKind.UpstreamReportDue, item.DueUtc is { } itemDue && itemDue < due ? itemDue : due);
    }

    /// <summary>The report is due and none has gone up: the hotline agent is told to report, the handler to hurry (期间要催促办理).</summary>
    private static void OnUpstreamReportDue(Step step)
    {
        var s = step.State;
        if (s.UpstreamReportedUtc is not null || s.Upstream is null)
        {
            return;
        }

        step.Log(LedgerKind.Escalated, $"督办件 {s.Upstream.Number} 上报期限已到：专线员须向二级网络报告办理情况", "R-FU-7");
        step.Notify(s.FirstOwner, new Notice(NoticeKind.UpstreamReportDue), "R-FU-7");
        if (s.Assignee is { } assignee && assignee != s.FirstOwner && s.Status is CaseStatus.Dispatched or CaseStatus.InProgress)
        {
            step.Notify(assignee, new Notice(NoticeKind.FollowUp), "R-FU-7");
        }
    }

    /// <summary>The hotline reports the item's progress or result to the upstream office (R-FU-7).</summary>
    private static Decision.Rejected? OnReportUpstream(Step step, ReportUpstream t)
    {
        var s = step.State;
        if (!IsHotline(t.By) && t.By.Id != s.FirstOwner)
        {
            return Forbidden(Rejection.NotAllowed, "The hotline reports supervision items to the upstream office.");
        }

        if (s.Upstream is null)
        {
            return new Decision.Rejected("R-FU-7", $"Case {s.Id} is not a supervision item; there is no upstream office to report to.");
        }

        if (string.IsNullOrWhiteSpace(t.Text))
        {
            return Invalid("text: say what is reported to the upstream office.");
        }

        step.State = s with { UpstreamReportedUtc = t.AtUtc };
        step.Cancel(DeadlineKind.UpstreamReportDue);
        step.Log(LedgerKind.Progress, $"向二级网络上报督办件 {s.Upstream.Number} 办理情况：{t.Text.Trim()}", "R-FU-7", t.By.Id);
        step.Notify(s.Team.Upstream, new Notice(NoticeKind.UpstreamReport, Text: t.Text.Trim()), "R-FU-7");
        return null;
    }
}
