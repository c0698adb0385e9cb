using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// Breaches of the first-question duty (R-FQ-3): the quality office (which leads the spot checks, 004 定期检查) or a
/// manager opens one against a person; it is decided within the profile's period (004: 30 working days of being
/// opened) with a sanction from the seed's list; an undecided breach past its period is put to the quality office and
/// the manager, on the record.
/// </summary>
public static partial class CaseMachine
{
    private static bool MayJudgeBreaches(CaseState s, Actor a) =>
        a.Has(Role.QualityOffice) || a.Has(Role.Manager) || a.Has(Role.DeputyGeneralManager) || a.Has(Role.GeneralManager) || IsLadder(s, a);

    private static Decision.Rejected? OnOpenBreach(Step step, OpenBreach t)
    {
        var s = step.State;
        if (!MayJudgeBreaches(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The quality office or a manager opens a first-question breach (R-FQ-3).");
        }

        if (string.IsNullOrWhiteSpace(t.Facts))
        {
            return Invalid("Say what happened (R-FQ-3).");
        }

        var fq = FirstQuestionOf(s);
        var p = step.Profile;
        var due = p.FirstQuestion.BreachDecisionWithin is { } within ? p.Calendar.Resolve(t.AtUtc, within) : (DateTimeOffset?)null;
        var breach = new BreachRecord(fq.Breaches.Length + 1, t.Person, t.Kind, t.Facts.Trim(), t.SpotCheck, t.By.Id, t.AtUtc, due);
        step.State = s with { FirstQuestion = fq with { Breaches = fq.Breaches.Add(breach) } };
        var dueText = due is { } d ? $"须于 {p.Calendar.FormatLocal(d)} 前作出处理意见（{p.FirstQuestion.BreachDecisionWithin}）" : "未设处理期限";
        step.Log(LedgerKind.Breach,
            $"首问责任追究立案 #{breach.Number}：{breach.Person}（{FirstQuestionLabels.Of(t.Kind)}{(t.SpotCheck ? "，明察暗访" : string.Empty)}）{breach.Facts}；{dueText}",
            "R-FQ-3", t.By.Id);
        ScheduleBreachDecision(step);
        return null;
    }

    private static Decision.Rejected? OnDecideBreach(Step step, DecideBreach t)
    {
        var s = step.State;
        if (!MayJudgeBreaches(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The quality office or a manager decides a first-question breach (R-FQ-3).");
        }

        var fq = FirstQuestionOf(s);
        if (fq.Breaches.FirstOrDefault(b => b.Number == t.Number) is not { } breach)
        {
            return Invalid($"Case {s.Id} has no breach #{t.Number}.");
        }

        if (breach.Decided)
        {
            return new Decision.Rejected("R-FQ-3", $"Breach #{breach.Number} was decided already.");
        }

        if (string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("Give the reasons for the decision (R-FQ-3).");
        }

        var decided = breach with { Sanction = t.Sanction, DecisionReason = t.Reason.Trim(), DecidedBy = t.By.Id, DecidedUtc = t.AtUtc };
        step.State = s with { FirstQuestion = fq with { Breaches = fq.Breaches.Replace(breach, decided) } };
        var late = breach.DueUtc is { } due && t.AtUtc > due ? "（已超过处理期限）" : string.Empty;
        step.Log(LedgerKind.Breach, $"首问责任追究 #{breach.Number} 处理意见：{breach.Person} {FirstQuestionLabels.Of(t.Sanction)}：{decided.DecisionReason}{late}", "R-FQ-3", t.By.Id);
        ScheduleBreachDecision(step);
        return null;
    }

    /// <summary>The period ended with the breach undecided: the quality office and the manager are told, once, on the record.</summary>
    private static void OnBreachDecisionDue(Step step)
    {
        var fq = FirstQuestionOf(step.State);
        foreach (var breach in fq.Breaches.Where(b => !b.Decided && b.OverdueRemindedUtc is null && b.DueUtc <= step.Now))
        {
            var current = FirstQuestionOf(step.State);
            step.State = step.State with { FirstQuestion = current with { Breaches = current.Breaches.Replace(breach, breach with { OverdueRemindedUtc = step.Now }) } };
            step.Log(LedgerKind.Breach, $"首问责任追究 #{breach.Number}（{breach.Person}）逾期未作出处理意见：提醒全质办及管理处负责人", "R-FQ-3");
            var notice = new Notice(NoticeKind.BreachDecisionOverdue, Level: breach.Number, DueUtc: breach.DueUtc, Subject: breach.Person);
            step.Notify(step.State.Team.QualityOffice, notice, "R-FQ-3");
            step.Notify(step.State.Team.Manager, notice, "R-FQ-3");
        }

        ScheduleBreachDecision(step);
    }

    /// <summary>One wake-up for the earliest undecided breach not yet put to the quality office.</summary>
    private static void ScheduleBreachDecision(Step step)
    {
        var next = FirstQuestionOf(step.State).Breaches
            .Where(b => !b.Decided && b.OverdueRemindedUtc is null && b.DueUtc is not null)
            .Select(b => b.DueUtc!.Value)
            .DefaultIfEmpty()
            .Min();
        if (next == default)
        {
            step.Cancel(DeadlineKind.BreachDecisionDue);
        }
        else
        {
            step.Schedule(DeadlineKind.BreachDecisionDue, next);
        }
    }
}
