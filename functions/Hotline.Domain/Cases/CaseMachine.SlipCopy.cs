namespace Hotline.Domain.Cases;

/// <summary>
/// 服务单副本 (R-CL-1; 001 篇1 §3.1.6–3.1.7, 篇2 §3.3.1 A): the owner signs the service slip when the work is done; 销项 is complete
/// only when the slip's copy reaches the dispatcher, who signs it and files it for reference and billing. Where the profile
/// asks for it, that arrival is its own step on the case.
/// </summary>
public static partial class CaseMachine
{
    private static Decision.Rejected? OnSlipCopyReceived(Step step, SlipCopyReceived t)
    {
        var s = step.State;
        if (!IsHotline(t.By))
        {
            return Forbidden(Rejection.NotAllowed, "The slip's copy is received, signed and filed by the dispatcher (R-CL-1).");
        }

        if (s.Status != CaseStatus.Completed || s.Completion is not { Evidence: EvidenceKind.ServiceSlip } completion)
        {
            return new Decision.Rejected("R-CL-1", $"Case {s.Id} has no completed work with a signed service slip to receive a copy of.");
        }

        if (s.SlipCopyReceivedUtc >= s.CompletedUtc)
        {
            return Invalid($"The copy of slip {completion.EvidenceReference} was received already.");
        }

        step.State = s with { SlipCopyReceivedUtc = t.AtUtc };
        step.Log(LedgerKind.Completed, $"服务单副本（{completion.EvidenceReference}）已交回调度员：调度员签字，装订归档备查、计费{Suffix(t.Note)}", "R-CL-1", t.By.Id);
        TryClose(step, t.By.Id, explicitRequest: false);
        return null;
    }

    /// <summary>The profile wants the slip's copy with the dispatcher and it has not been recorded since the latest completion.</summary>
    private static bool SlipCopyMissing(Step step)
    {
        var s = step.State;
        return step.Profile.Closure.SlipCopyToDispatcher
            && step.Profile.FindCategory(s.Category)!.RequiresServiceSlip
            && !(s.SlipCopyReceivedUtc >= s.CompletedUtc);
    }
}
