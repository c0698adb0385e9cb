using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

// Heating (003 三(二)): 供热所、供(换)热站，凡接到属本部门范围内的投诉，应直接接待、处理，并将结果报专线员备案 (R-IN-7).
public static partial class CaseMachine
{
    /// <summary>A responsible unit's own staff filed the complaint: it handles it and owes the hotline the result for the record.</summary>
    private static void NoteReceivedByUnit(Step step, Intake t)
    {
        if (!step.Profile.Intake.UnitsReportToHotline || t.By.Has(Role.Agent) || !t.Team.IsResponsible(t.By.Id))
        {
            return;
        }

        step.State = step.State with { ReceivedByUnit = true };
        step.Log(LedgerKind.Received, $"{t.Team.Unit} 直接受理本部门范围内的投诉：处理后将结果报专线员备案", "R-IN-7", t.By.Id);
    }

    /// <summary>On completion the unit's result reaches the hotline desk, which enters it in its ledger.</summary>
    private static void ReportResultForRecord(Step step, string result)
    {
        if (step.State.ReceivedByUnit)
        {
            step.Notify(step.State.Team.HotlineDesk, new Notice(NoticeKind.ResultForRecord, Text: result), "R-IN-7");
        }
    }
}
