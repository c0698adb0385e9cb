namespace Hotline.Domain.Cases;

public static partial class CaseMachine
{
    private static void OnDeliveryFailed(Step step, DeliveryFailed t)
    {
        var s = step.State;
        step.Log(LedgerKind.Notified, $"短信未能送达 {t.Recipient}：{t.Reason}", "R-DS-1");
        if (s.IsTerminal)
        {
            return;
        }

        var team = s.Team;
        if (s.Urgency == Urgency.Emergency && s.EmergencyAcknowledgedBy is null && !team.ManagerLadder.IsDefaultOrEmpty
            && s.LadderStep < team.ManagerLadder.Length && team.ManagerLadder[s.LadderStep] == t.Recipient)
        {
            // R-EM-2: the manager cannot be reached by this means: skip a level now instead of waiting.
            ClimbLadder(step);
        }
        else if (s.Status == CaseStatus.Dispatched && s.Assignee == t.Recipient && team.Implementer is { } implementer && implementer != t.Recipient)
        {
            step.State = s with { Assignee = implementer };
            step.Log(LedgerKind.Escalated, $"联系不上 {t.Recipient}：直接联系实施责任人 {implementer}", "R-DS-1");
            step.Notify(implementer, new Notice(NoticeKind.TaskAssigned, DueUtc: s.HandlingDueUtc), "R-DS-1");
        }
        else if (t.Recipient != team.Manager && (s.Assignee == t.Recipient || team.IsResponsible(t.Recipient)))
        {
            step.Log(LedgerKind.Escalated, $"联系不上责任人 {t.Recipient}：报管理处负责人改派", "R-DS-1");
            step.Notify(team.Manager, new Notice(NoticeKind.NotArrangedEscalation, Subject: t.Recipient), "R-DS-1");
        }
    }

    private static void OnAttemptRefused(Step step, AttemptRefused t) =>
        step.Log(LedgerKind.Refused, $"{t.By} 试图{t.What}，已拒绝：{t.Why}", Rejection.NotAllowed, t.By);
}
