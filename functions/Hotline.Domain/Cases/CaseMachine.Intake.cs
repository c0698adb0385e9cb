using Hotline.Domain.Profiles;

namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    private static Decision DecideIntake(Intake t, Profile p)
    {
        if (CheckFirstContact(t) is { } refused)
        {
            return refused;
        }

        if (p.FindCategory(t.Category) is not { } category)
        {
            return Invalid($"Category '{t.Category}' is not in profile '{p.Id}'.");
        }

        if (string.IsNullOrWhiteSpace(t.Summary))
        {
            return Invalid("A summary of the request is required.");
        }

        if (LinkedUnitProblem(t, p) is { } linkedUnitProblem)
        {
            return linkedUnitProblem;
        }

        // R-EM-1: fire, public-safety and official-order categories are emergencies whatever was ticked.
        var urgency = category.Emergency ? Urgency.Emergency : t.Urgency;
        var state = new CaseState
        {
            Id = t.CaseId,
            ProfileId = p.Id,
            Status = CaseStatus.Answered,
            Caller = t.Caller,
            Channel = t.Channel,
            Category = category.Code,
            Urgency = urgency,
            Summary = t.Summary.Trim(),
            Details = t.Details,
            ReceivedUtc = t.AtUtc,
            FirstOwner = t.By.Id,
            Team = t.Team,
            Upstream = t.Upstream,
            LinkedUnit = p.Reporting.NamesLinkedUnit(category.Code) ? t.LinkedUnit!.Trim() : null,
        };
        var step = new Step(state, p, t.AtUtc);
        step.Log(LedgerKind.Received, $"受理（{LedgerLabels.Of(t.Channel)}）{category.Name}：{state.Summary}；首问责任人 {t.By.Id}", "R-IN-1", t.By.Id);
        NoteServiceHours(step, t.By.Id);
        RecordFirstContact(step, t);

        if (p.Intake.EscalationOnly && !t.HandledByBuildingBefore && urgency != Urgency.Emergency)
        {
            step.State = step.State with { Status = CaseStatus.Redirected };
            step.Log(LedgerKind.Redirected, "首次诉求未经楼盘处理：引导业主先向楼盘反映", "R-IN-4", t.By.Id);
            step.NotifyCaller(new Notice(NoticeKind.CallerRedirected, Text: t.Caller.Property), "R-IN-4");
            return step.Accept();
        }

        if (t.Decision == IntakeDecision.Answered)
        {
            if (urgency == Urgency.Emergency)
            {
                return new Decision.Rejected("R-IN-2", "An emergency is always opened as a case (R-IN-2 D, R-EM-4).");
            }

            step.Log(LedgerKind.Answered, "当场解答，来电人满意：记为来电记录，不立项，计入统计", "R-IN-3", t.By.Id);
            return step.Accept();
        }

        var reason = t.Reason ?? (urgency == Urgency.Emergency ? OpenReason.Emergency : null);
        if (reason is null && t.Decision != IntakeDecision.Refer)
        {
            return new Decision.Rejected("R-IN-2", "Say why the case is opened: on-site work, found by staff, query needing follow-up, emergency, or outside remit (A–E).");
        }

        if (t.Channel == Channel.Upstream && t.Upstream is null)
        {
            return new Decision.Rejected("R-IN-6", "A supervision item (督办件) needs its number and area.");
        }

        if (category.Paid && RecordFee(step, category, t) is { } noConsent)
        {
            return noConsent;
        }

        step.State = step.State with { OpenReason = reason };
        if (reason is { } why)
        {
            step.Log(LedgerKind.Opened, $"立项（{LedgerLabels.Of(why)}）", "R-IN-2", t.By.Id);
        }

        if (step.State.LinkedUnit is { } linkedUnit)
        {
            step.Log(LedgerKind.Opened, $"投诉对象：二级联动单位 {linkedUnit}；中心核查、协调、督办", "R-DS-8", t.By.Id);
        }

        if (t.Upstream is { } item)
        {
            step.Log(LedgerKind.Opened, $"督办件 {item.Number} 登记台账：区域 {item.Area}，责任单位 {t.Team.Unit ?? "待定"}", "R-IN-6", t.By.Id);
        }

        ArmCaseTimers(step);
        ArmUpstreamReport(step);
        NoteReceivedByUnit(step, t);
        ReportMajorUpstream(step);
        if (urgency == Urgency.Emergency)
        {
            StartEmergency(step, t.By.Id);
        }
        else if (urgency == Urgency.Major)
        {
            // 000 §4.3.2: the GM hotline tells the group GM personally; elsewhere the manager (001 §3.1.3).
            var to = p.Dispatch.MajorToGroupHead ? step.State.Team.GroupHead ?? step.State.Team.Manager : step.State.Team.Manager;
            step.Notify(to, new Notice(NoticeKind.MajorReport), "R-DS-4");
        }

        // R-IN-5: the limit told to the caller is the one the case keeps, even when dispatch waits for an instruction or routing.
        var handlingDue = HandlingDue(step, category);
        step.State = step.State with { HandlingDueUtc = handlingDue };
        if (p.Intake.TellCallerTimeLimit)
        {
            step.NotifyCaller(new Notice(NoticeKind.CallerAccepted, DueUtc: handlingDue), "R-IN-5");
        }

        if (t.Decision == IntakeDecision.Refer && urgency != Urgency.Emergency)
        {
            step.State = step.State with { Status = CaseStatus.AwaitingInstruction };
            step.Log(LedgerKind.Opened, "是否立项把握不准：请示管理处负责人", "R-IN-2", t.By.Id);
            step.Notify(step.State.Team.Manager, new Notice(NoticeKind.ApprovalRequest, Text: nameof(ApprovalKind.Instruction)), "R-IN-2");
            return step.Accept();
        }

        if (category.NeedsInstruction && urgency != Urgency.Emergency)
        {
            step.State = step.State with { Status = CaseStatus.AwaitingInstruction };
            step.Notify(step.State.Team.Manager, new Notice(NoticeKind.ApprovalRequest, Text: nameof(ApprovalKind.Instruction)), "R-DS-3");
            return step.Accept();
        }

        RouteOrDispatch(step);
        return step.Accept();
    }

    /// <summary>R-DS-8: a complaint about a second-level linked unit names one of the profile's linked units; no other intake names one.</summary>
    private static Decision.Rejected? LinkedUnitProblem(Intake t, Profile p) =>
        p.Reporting.LinkedUnitProblem(t.Category, t.LinkedUnit) is { } problem ? Invalid($"linkedUnit: {problem}") : null;

    /// <summary>Timers that belong to the case as a whole, from the moment it is opened.</summary>
    private static void ArmCaseTimers(Step step)
    {
        var p = step.Profile;
        var now = ClockFrom(step);
        if (p.FollowUp.FirstResponse is { } firstResponse)
        {
            step.Schedule(DeadlineKind.FirstResponse, p.Calendar.Resolve(now, firstResponse));
        }

        if (p.FollowUp.EscalateAfter is { } escalate)
        {
            step.Schedule(DeadlineKind.SevenDayEscalation, p.Calendar.Resolve(now, escalate));
        }

        step.Schedule(DeadlineKind.WeeklyReview, p.Calendar.Resolve(now, p.FollowUp.WeeklyReview ?? DefaultReview));
        if (p.FollowUp.Daily is { } daily)
        {
            step.Schedule(DeadlineKind.DailyFollowUp, p.Calendar.Resolve(now, daily));
        }

        if (p.Revisit.StageWithin is { } stage)
        {
            step.Schedule(DeadlineKind.StageRevisitDue, p.Calendar.Resolve(now, stage));
        }
    }

    private static void StartEmergency(Step step, Staff.StaffId dispatcher)
    {
        var team = step.State.Team;
        step.State = step.State with { LadderStep = 0 };
        step.Notify(team.Manager, new Notice(NoticeKind.EmergencyAlert), "R-EM-2");
        step.Schedule(DeadlineKind.EmergencyLadder, step.Now + step.Profile.Emergency.AcknowledgeWithin);
        foreach (var member in team.EmergencyCrew.IsDefault ? [] : team.EmergencyCrew)
        {
            step.Notify(member, new Notice(NoticeKind.EmergencyCrew), "R-EM-3");
        }

        step.Log(LedgerKind.Opened, $"紧急事件已立项；调度员 {dispatcher} 在岗，直至事件告一段落或有人接替", "R-EM-4", dispatcher);
    }
}
