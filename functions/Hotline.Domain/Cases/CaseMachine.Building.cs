using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

// GM hotline (000 篇3 §3.2, §4.4–4.6): the building head and the department head are different people with different duties.
// The building head receives the hotline file, decides the measures and assigns a department head, who visits the owner and
// returns the revisit form within 24 hours; after completion the building head revisits a second time and summarises; only
// then does the hotline make its closing revisit of a file the building reported finished and satisfied (R-DS-7, R-RV-1).
public static partial class CaseMachine
{
    private static bool ViaBuildingHead(Step step) => step.Profile.Dispatch.ViaBuildingHead;

    private static Decision.Rejected? OnAssignDepartment(Step step, AssignDepartment t)
    {
        var s = step.State;
        if (!ViaBuildingHead(step))
        {
            return new Decision.Rejected("R-DS-7", $"Profile {step.Profile.Id} has no building head assigning departments; reassign instead.");
        }

        var buildingHead = s.BuildingHead ?? s.Team.Supervisor;
        if (t.By.Id != buildingHead && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"Only the building head ({buildingHead}) assigns the department head of case {s.Id}.");
        }

        if (t.Department.Supervisor is not { } departmentHead)
        {
            return Invalid($"unit: unit '{t.Department.Unit}' has no head to handle the complaint in person.");
        }

        if (departmentHead == buildingHead)
        {
            return new Decision.Rejected("R-DS-7", "The department head who handles the complaint must be another person than the building head.");
        }

        if (string.IsNullOrWhiteSpace(t.Measures))
        {
            return Invalid("note: say which measures the building head decided (确定处理措施).");
        }

        if (s.Status is not (CaseStatus.Dispatched or CaseStatus.InProgress))
        {
            return Invalid($"Case {s.Id} is {s.Status}; a department is assigned while it is being handled.");
        }

        step.State = s with
        {
            BuildingHead = buildingHead,
            BuildingUnit = s.BuildingUnit ?? s.Team.Unit,
            Team = t.Department with { ManagerLadder = s.Team.ManagerLadder, QualityOffice = s.Team.QualityOffice, GroupHead = s.Team.GroupHead },
            Assignee = departmentHead,
            Status = CaseStatus.InProgress,
            AcknowledgedUtc = s.AcknowledgedUtc ?? t.AtUtc,
            FirstResponseUtc = s.FirstResponseUtc ?? t.AtUtc,
        };
        step.Log(LedgerKind.Reassigned, $"楼盘负责人确定处理措施：{t.Measures.Trim()}；指派 {t.Department.Unit} 负责人 {departmentHead} 亲自处理", "R-DS-7", t.By.Id);
        step.Notify(departmentHead, new Notice(NoticeKind.TaskAssigned, DueUtc: s.HandlingDueUtc), "R-DS-7");
        return null;
    }

    /// <summary>The work is handled by the department head the building head assigned, not by the building head himself.</summary>
    private static Decision.Rejected? DepartmentNotAssigned(Step step) =>
        ViaBuildingHead(step) && step.State.BuildingHead is null
            ? new Decision.Rejected("R-DS-7", "The building head has not yet assigned a department head to handle the complaint in person.")
            : null;

    /// <summary>Once the department reports the work done, the building head is asked for his second revisit.</summary>
    private static void AskForSecondRevisit(Step step)
    {
        if (ViaBuildingHead(step) && step.State.BuildingHead is { } buildingHead)
        {
            step.Notify(buildingHead, new Notice(NoticeKind.SecondRevisitDue), "R-RV-1");
        }
    }

    private static Decision.Rejected? OnSecondRevisit(Step step, RevisitResult t)
    {
        var s = step.State;
        if (!ViaBuildingHead(step))
        {
            return new Decision.Rejected("R-RV-1", $"Profile {step.Profile.Id} has no building head's second revisit.");
        }

        if (t.By.Id != s.BuildingHead)
        {
            return Forbidden(Rejection.NotAllowed, $"The second revisit of case {s.Id} is the building head's ({s.BuildingHead?.Value ?? "not assigned"}).");
        }

        if (s.Status != CaseStatus.Completed)
        {
            return new Decision.Rejected("R-RV-1", $"The building head's second revisit follows completion; case {s.Id} is {s.Status}.");
        }

        if (string.IsNullOrWhiteSpace(t.Summary))
        {
            return Invalid("summary: the building head summarises what the building changes (3.2.4 总结).");
        }

        var record = RevisitRecordOf(step, t);
        step.State = s with { Revisits = [.. s.Revisits, record] };
        step.Log(LedgerKind.Revisit, $"楼盘负责人第二次回访：{RatingText(t.Rating)}{Suffix(t.Comment)}；总结：{t.Summary.Trim()}", "R-RV-1", t.By.Id);
        if (t.Rating == SatisfactionRating.Dissatisfied && step.Profile.Revisit.ReopenOnDissatisfied)
        {
            Reopen(step, "楼盘负责人回访业主仍不满意：重新处理，直至业主满意");
        }

        return null;
    }

    /// <summary>The hotline's closing revisit is of a file the building reported finished and satisfied (000 §4.6.2).</summary>
    private static Decision.Rejected? SecondRevisitMissing(Step step)
    {
        var s = step.State;
        if (!ViaBuildingHead(step) || s.BuildingHead is null)
        {
            return null;
        }

        return s.LastRevisit(RevisitStage.Second) is { } second && second.AtUtc >= s.CompletedUtc
            ? null
            : new Decision.Rejected("R-RV-1", "The building head has not made his second revisit of the finished complaint yet.");
    }
}
