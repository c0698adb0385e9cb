using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Cases;

/// <summary>
/// The quality records a case carries besides its handling: accountability the system cannot see (R-RP-7), the
/// GM hotline's assessment of the unit head (R-RP-11) and the corrective and preventive action report (R-RP-10).
/// They are made by the quality office or the management, often after closure, and never change the case's status.
/// </summary>
public static partial class CaseMachine
{
    /// <summary>The kinds only a person can see (003 §八 (一) 一经核实, (三)); the others the clock records itself.</summary>
    private static readonly AccountabilityKind[] RecordedByHand = [AccountabilityKind.AttitudeComplaint, AccountabilityKind.EscalatedToGovernmentOrMedia];

    private static bool IsQualityTrigger(CaseTrigger t) => t is RecordAccountability or AssessUnitHead or FileCorrectiveAction;

    private static Decision.Rejected? OnQualityRecord(Step step, CaseTrigger trigger)
    {
        if (step.State.Status is CaseStatus.Answered or CaseStatus.Redirected)
        {
            return Invalid($"Case {step.State.Id} is a call record: nothing was opened to account for.");
        }

        return trigger switch
        {
            RecordAccountability t => OnRecordAccountability(step, t),
            AssessUnitHead t => OnAssessUnitHead(step, t),
            FileCorrectiveAction t => OnFileCorrectiveAction(step, t),
            _ => Invalid($"Unknown trigger {trigger.GetType().Name}."),
        };
    }

    private static Decision.Rejected? OnRecordAccountability(Step step, RecordAccountability t)
    {
        var s = step.State;
        if (!t.By.Has(Role.QualityOffice) && !t.By.Has(Role.Manager) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"Accountability is recorded by the quality office or a manager (R-RP-7); {t.By.Id} is neither.");
        }

        if (!RecordedByHand.Contains(t.Kind))
        {
            return new Decision.Rejected("R-RP-7", $"{t.Kind} is recorded by the system when it happens; by hand only {string.Join(" and ", RecordedByHand)}.");
        }

        if (string.IsNullOrWhiteSpace(t.Reason))
        {
            return Invalid("Say what was verified.");
        }

        step.HoldAccountable(t.Person, t.Kind, t.Reason.Trim(), "R-RP-7", t.By.Id);
        if (t.Kind == AccountabilityKind.AttitudeComplaint)
        {
            // A verified attitude complaint is a complaint caused by poor service quality (001 篇1 §2).
            OweCorrectiveAction(step, "经核实的服务态度投诉", text: !s.IsTerminal);
        }

        return null;
    }

    private static Decision.Rejected? OnAssessUnitHead(Step step, AssessUnitHead t)
    {
        var s = step.State;
        if (!step.Profile.Closure.AssessUnitHead)
        {
            return new Decision.Rejected("R-RP-11", $"Profile {step.Profile.Id} keeps no service-quality assessment record.");
        }

        if (!t.By.Has(Role.QualityOffice))
        {
            return Forbidden(Rejection.NotAllowed, $"The quality office assesses the unit head (R-RP-11); {t.By.Id} is not in it.");
        }

        if (s.Status is not (CaseStatus.Completed or CaseStatus.Closed))
        {
            return new Decision.Rejected("R-RP-11", $"The unit head is assessed once the complaint is handled; case {s.Id} is {s.Status}.");
        }

        if (s.Assessment is not null)
        {
            return new Decision.Rejected("R-RP-11", $"Case {s.Id} was assessed already by {s.Assessment.By}.");
        }

        if (string.IsNullOrWhiteSpace(t.Comment))
        {
            return Invalid("Give the assessment's comment (考评意见).");
        }

        var assessment = new UnitHeadAssessment(s.UnitOfHead, s.UnitHead, t.Verdict, t.Comment.Trim(), t.By.Id, t.AtUtc);
        step.State = s with { Assessment = assessment };
        var head = assessment.UnitHead?.Value ?? "未配置";
        step.Log(LedgerKind.Approved, $"服务质量考评：楼盘负责人 {head} {LedgerLabels.Of(t.Verdict)}：{assessment.Comment}", "R-RP-11", t.By.Id);
        return null;
    }

    private static Decision.Rejected? OnFileCorrectiveAction(Step step, FileCorrectiveAction t)
    {
        var s = step.State;
        if (step.Profile.Closure.CorrectiveActionCategories.IsDefault)
        {
            return new Decision.Rejected("R-RP-10", $"Profile {step.Profile.Id} has no corrective and preventive action procedure.");
        }

        if (!t.By.Has(Role.Manager) && !IsLadder(s, t.By))
        {
            return Forbidden(Rejection.NotAllowed, $"The office head files the corrective and preventive action report (R-RP-10); {t.By.Id} is not a manager.");
        }

        if (s.CorrectiveAction is { Filed: true } filed)
        {
            return new Decision.Rejected("R-RP-10", $"Report {filed.Reference} was filed already for case {s.Id}.");
        }

        if (string.IsNullOrWhiteSpace(t.Reference) || string.IsNullOrWhiteSpace(t.Summary))
        {
            return Invalid("Give the report's number and what is corrected and prevented.");
        }

        // Filing without being asked is the office head's own finding that service quality caused the complaint.
        var owed = s.CorrectiveAction ?? new CorrectiveActionRecord("管理处负责人认定因服务质量不合格产生", t.AtUtc);
        step.State = s with { CorrectiveAction = owed with { Reference = t.Reference.Trim(), Summary = t.Summary.Trim(), FiledBy = t.By.Id, FiledUtc = t.AtUtc } };
        step.Log(LedgerKind.Approved, $"《纠正与预防措施》报告 {t.Reference.Trim()} 已上报质量管理部备案：{t.Summary.Trim()}", "R-RP-10", t.By.Id);
        return null;
    }

    /// <summary>At closure: ask for the records the profile's procedure keeps on every such complaint.</summary>
    private static void AskForQualityRecords(Step step)
    {
        var s = step.State;
        var closure = step.Profile.Closure;
        if (closure.AssessUnitHead && s.Assessment is null)
        {
            // 000 §3.1.5: every complaint the GM hotline takes is a dissatisfied one (§3.1.1); its unit head is assessed.
            step.Log(LedgerKind.FollowUp, $"待全质办考核楼盘负责人 {s.UnitHead?.Value ?? "未配置"}，记入《服务质量考评记录》", "R-RP-11");
            step.Notify(s.Team.QualityOffice, new Notice(NoticeKind.AssessmentDue, Subject: s.UnitHead), "R-RP-11");
        }

        if (!closure.CorrectiveActionCategories.IsDefault && closure.CorrectiveActionCategories.Contains(s.Category))
        {
            OweCorrectiveAction(step, $"服务质量类投诉（{step.Profile.FindCategory(s.Category)?.Name ?? s.Category}）", text: true);
        }
    }

    /// <summary>R-RP-10: the report is owed (once) and the office head is asked for it.</summary>
    private static void OweCorrectiveAction(Step step, string cause, bool text)
    {
        var s = step.State;
        if (step.Profile.Closure.CorrectiveActionCategories.IsDefault || s.CorrectiveAction is not null)
        {
            return;
        }

        step.State = s with { CorrectiveAction = new CorrectiveActionRecord(cause, step.Now) };
        step.Log(LedgerKind.FollowUp, $"{cause}：管理处负责人须填《纠正与预防措施》报告，上报质量管理部备案", "R-RP-10");
        if (!text)
        {
            // A case closed before sends no more texts (nothing runs for it); the owed report is on the month's quality records.
            return;
        }

        step.Notify(s.Team.Manager, new Notice(NoticeKind.CorrectiveActionDue), "R-RP-10");
    }
}
