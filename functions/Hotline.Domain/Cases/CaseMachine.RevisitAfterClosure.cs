namespace Hotline.Domain.Cases;

// 12319 (000 篇2 §3 对已结案的个案进行回访): the help-line closes a case when it is finished and revisits it afterwards.
public static partial class CaseMachine
{
    /// <summary>
    /// The one closing revisit of a closed case (R-RV-2, R-RV-4). A closed case is not reopened: a dissatisfied caller is reported
    /// to the manager, who decides whether a new case is opened.
    /// </summary>
    private static Decision.Rejected? OnRevisitAfterClosure(Step step, RevisitResult t)
    {
        var s = step.State;
        if (AfterClosureRefusal(s, t.By) is { } refused)
        {
            return refused;
        }

        if (t.Stage != RevisitStage.Closing)
        {
            return Invalid($"Case {s.Id} is {s.Status}; only its closing revisit can still be recorded.");
        }

        if (t.ServiceArea is { } area && Kpi.ServiceAreas.Find(area) is null)
        {
            return Invalid($"Unknown service area '{area}'.");
        }

        var record = RevisitRecordOf(step, t);
        step.State = s with { Revisits = [.. s.Revisits, record] };
        step.Log(LedgerKind.Revisit, $"结案后回访：{RatingText(t.Rating)}{Suffix(t.Comment)}", "R-RV-2", t.By.Id);
        if (t.Rating == SatisfactionRating.Dissatisfied)
        {
            step.Notify(s.Team.Manager, new Notice(NoticeKind.ClosedCaseDissatisfied), "R-RV-2");
        }

        return null;
    }

    /// <summary>
    /// The revisit of a closed case could not reach the citizen (R-RV-6): each attempt is on the timeline; the case stays closed
    /// and stays not revisited in the figures, which is what happened.
    /// </summary>
    private static Decision.Rejected? OnNotReachedAfterClosure(Step step, RevisitNotReached t)
    {
        var s = step.State;
        if (AfterClosureRefusal(s, t.By) is { } refused)
        {
            return refused;
        }

        var attempts = s.RevisitAttemptsUnreached + 1;
        step.State = s with { RevisitAttemptsUnreached = attempts };
        step.Log(LedgerKind.Revisit, $"结案后回访未联系上来电人（第{attempts}次）{Suffix(t.Note)}", "R-RV-6", t.By.Id);
        return null;
    }

    /// <summary>What the revisit of a closed case may not be: of a case not closed as resolved, by someone not on the hotline or the
    /// manager chain, or a second one after the same closure.</summary>
    private static Decision.Rejected? AfterClosureRefusal(CaseState s, Staff.Actor by)
    {
        if (s.Status != CaseStatus.Closed || s.Closure?.Outcome != ClosureOutcome.Resolved)
        {
            return new Decision.Rejected(Rejection.Invalid, $"Case {s.Id} is {s.Status}; only its closing revisit can still be recorded.");
        }

        if (!IsHotline(by) && !IsLadder(s, by))
        {
            return Forbidden(Rejection.NotAllowed, "The hotline revisits closed cases.");
        }

        return s.LastRevisit(RevisitStage.Closing) is { } done && done.AtUtc >= s.Closure.AtUtc
            ? new Decision.Rejected("R-RV-2", $"Case {s.Id} was already revisited after closure.")
            : null;
    }
}
