using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>What must hold after every accepted decision, whatever happened before.</summary>
public static class CaseInvariants
{
    public static void ClosedWithEvidence(Profile profile, PlayedStep step, Decision.Accepted accepted)
    {
        var s = accepted.State;
        if (s.Status != CaseStatus.Closed)
        {
            Assert.Null(s.Closure);
            return;
        }

        var closure = Assert.IsType<ClosureRecord>(s.Closure);
        if (closure.Outcome == ClosureOutcome.ForceClosed)
        {
            Assert.True(s.HasApproval(ApprovalKind.ForcedClosure), "force-closed without a ForcedClosure approval");
            Assert.NotNull(closure.ApprovedBy);
            Assert.True(s.Team.IsInLadder(closure.ApprovedBy.Value), "forced closure approved outside the manager chain");
            return;
        }

        var completion = Assert.IsType<Completion>(s.Completion);
        Assert.NotNull(s.CompletedUtc);
        if (profile.FindCategory(s.Category)!.RequiresServiceSlip)
        {
            Assert.Equal(EvidenceKind.ServiceSlip, completion.Evidence);
            Assert.False(string.IsNullOrWhiteSpace(completion.EvidenceReference), "slip without a number");
        }

        if (s.Urgency is Urgency.Emergency or Urgency.Major)
        {
            Assert.True(s.Approvals.Any(a => a.Kind == ApprovalKind.Closure && a.AtUtc >= s.CompletedUtc), $"{s.Urgency} case closed without the manager's approval of this completion");
            Assert.NotNull(closure.ApprovedBy);
        }

        // 12319 closes first and revisits afterwards (R-RV-2); everywhere else a revisit gates closure (R-RV-3).
        if (profile.Revisit.Within is not null && !profile.Revisit.AfterClosure)
        {
            var revisit = s.LastRevisit(RevisitStage.Closing);
            Assert.True(revisit is { Rating: not SatisfactionRating.Dissatisfied } && revisit.AtUtc >= s.CompletedUtc, "closed without a satisfied closing revisit after completion");
        }

        // Park dispatch: 销项 only once the signed slip's copy reached the dispatcher after this completion (R-CL-1).
        if (profile.Closure.SlipCopyToDispatcher && profile.FindCategory(s.Category)!.RequiresServiceSlip)
        {
            Assert.True(s.SlipCopyReceivedUtc >= s.CompletedUtc, "closed before the service slip's copy reached the dispatcher");
        }

        // GM hotline: the building head's second revisit of this completion comes before the hotline's closing one (R-RV-1).
        if (profile.Dispatch.ViaBuildingHead && s.BuildingHead is not null)
        {
            Assert.True(s.LastRevisit(RevisitStage.Second) is { } second && second.AtUtc >= s.CompletedUtc, "closed without the building head's second revisit");
        }

        Assert.DoesNotContain(s.Related, r => r.BlocksClosure);
    }

    public static void WakeUps(Profile profile, PlayedStep step, Decision.Accepted accepted)
    {
        var s = accepted.State;
        Assert.Equal(s.NextWakeUtc, accepted.NextWakeUtc);
        Assert.Equal(s.Deadlines.Length, s.Deadlines.Select(d => d.Kind).Distinct().Count());
        if (s.IsTerminal)
        {
            Assert.Empty(s.Deadlines);
        }
        else
        {
            Assert.NotNull(accepted.NextWakeUtc);
        }
    }

    /// <remarks>The player fires everything due before a staff signal, so nothing left in the state may lie before the trigger.</remarks>
    public static void DeadlinesNotInThePast(Profile profile, PlayedStep step, Decision.Accepted accepted) =>
        Assert.All(accepted.State.Deadlines, d => Assert.True(d.DueUtc >= step.Trigger.AtUtc, $"{d.Kind} due {d.DueUtc:O} before {step.Trigger.AtUtc:O}"));

    public static void LedgerLines(Profile profile, PlayedStep step, Decision.Accepted accepted)
    {
        var lines = accepted.Commands.OfType<AppendLedger>().Select(a => a.Entry).ToList();
        var from = step.Before?.LedgerCount ?? 0;
        Assert.Equal(Enumerable.Range(from + 1, lines.Count), lines.Select(e => e.Sequence));
        Assert.Equal(from + lines.Count, accepted.State.LedgerCount);
        Assert.All(lines, e => Assert.Equal(step.Trigger.AtUtc, e.AtUtc));
        if (step.Trigger is StaffTrigger staff && (accepted.Commands.Length > 0 || !ReferenceEquals(accepted.State, step.Before)))
        {
            Assert.Contains(lines, e => e.By == staff.By.Id);
        }
    }

    public static void InstructionBeforeDispatch(Profile profile, PlayedStep step, Decision.Accepted accepted)
    {
        var s = accepted.State;
        var needsInstruction = profile.FindCategory(s.Category)!.NeedsInstruction && s.Urgency != Urgency.Emergency;
        if (needsInstruction && s.Status is CaseStatus.Dispatched or CaseStatus.InProgress)
        {
            Assert.True(s.HasApproval(ApprovalKind.Instruction), "a difficult item was dispatched without the manager's signed instruction");
        }
    }

    /// <summary>A suspension is on the record exactly while the case is suspended: nothing but Resume ends it (R-FU-12).</summary>
    public static void SuspensionOnRecord(Profile profile, PlayedStep step, Decision.Accepted accepted)
    {
        var s = accepted.State;
        Assert.Equal(s.Status == CaseStatus.Suspended, s.Suspension is not null);
        if (step.Before is { Status: CaseStatus.Suspended } before && s.Status is not (CaseStatus.Suspended or CaseStatus.Closed))
        {
            Assert.True(step.Trigger is Resume, $"suspension ended by {step.Trigger.GetType().Name}, not by Resume");
        }
    }
}
