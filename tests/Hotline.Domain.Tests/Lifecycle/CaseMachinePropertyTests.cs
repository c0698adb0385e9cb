using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Lifecycle;

/// <summary>
/// Random lifecycles (any profile, any category, random staff signals from random people, random clock advances):
/// the invariants below hold after every accepted step.
/// </summary>
public sealed class CaseMachinePropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    [Trait("Rule", "R-CL-1")]
    [Trait("Rule", "R-CL-5")]
    [Trait("Rule", "R-CL-6")]
    [Trait("Rule", "R-CL-7")]
    [Trait("Rule", "R-EM-6")]
    [Trait("Rule", "R-RV-3")]
    public void AnyLifecycle_ClosedOnlyWithTheEvidenceItsRuleNeeds() =>
        Check.One(Runs, Prop.ForAll(CasePlans.Any.ToArbitrary(), plan => ForEachAccepted(plan, CaseInvariants.ClosedWithEvidence)));

    [Fact]
    public void AnyLifecycle_EveryOpenCaseHasANextWakeUpAndTerminalCasesNone() =>
        Check.One(Runs, Prop.ForAll(CasePlans.Any.ToArbitrary(), plan => ForEachAccepted(plan, CaseInvariants.WakeUps)));

    [Fact]
    public void AnyLifecycle_NoDeadlineIsScheduledBeforeTheTriggerThatSetIt() =>
        Check.One(Runs, Prop.ForAll(CasePlans.Any.ToArbitrary(), plan => ForEachAccepted(plan, CaseInvariants.DeadlinesNotInThePast)));

    [Fact]
    [Trait("Rule", "R-PV-2")]
    public void AnyLifecycle_LedgerNumberedWithoutGapsAndEveryStaffStepSigned() =>
        Check.One(Runs, Prop.ForAll(CasePlans.Any.ToArbitrary(), plan =>
        {
            ForEachAccepted(plan, CaseInvariants.LedgerLines);
            var steps = CasePlayer.Play(plan);
            var all = steps.Select(s => s.Decision).OfType<Decision.Accepted>().SelectMany(a => a.Commands.OfType<AppendLedger>()).ToList();
            Assert.Equal(Enumerable.Range(1, all.Count), all.Select(a => a.Entry.Sequence));
        }));

    [Fact]
    [Trait("Rule", "R-DS-3")]
    public void AnyLifecycle_DifficultItemNeverDispatchedWithoutSignedInstruction() =>
        Check.One(Runs, Prop.ForAll(CasePlans.Any.ToArbitrary(), plan => ForEachAccepted(plan, CaseInvariants.InstructionBeforeDispatch)));

    [Fact]
    [Trait("Rule", "R-FU-12")]
    public void AnyLifecycle_OnlyResumeEndsASuspension() =>
        Check.One(Runs, Prop.ForAll(CasePlans.Any.ToArbitrary(), plan => ForEachAccepted(plan, CaseInvariants.SuspensionOnRecord)));

    [Fact]
    public void AnyLifecycle_SameInputs_SameDecisions() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(CasePlans.Any.ToArbitrary(), plan =>
        {
            var first = CasePlayer.Play(plan).Select(Fingerprint).ToList();
            var second = CasePlayer.Play(plan).Select(Fingerprint).ToList();
            Assert.Equal(first, second);
        }));

    /// <summary>Guards the properties above against passing vacuously: the generator does reach every way of closing.</summary>
    [Fact]
    public void Generator_FixedSeed_ReachesEveryClosurePath()
    {
        var finals = Gen.Sample(CasePlans.Any, 600, new Rnd(20261120UL), 50)
            .Select(plan => CasePlayer.Play(plan))
            .Select(steps => (Final: steps.Select(s => s.Decision).OfType<Decision.Accepted>().LastOrDefault()?.State, Steps: steps))
            .ToList();
        Assert.True(finals.Count >= 500, $"only {finals.Count} samples");
        var closed = finals.Select(f => f.Final).OfType<CaseState>().Where(s => s.Status == CaseStatus.Closed).ToList();
        Assert.Contains(closed, s => s.Closure!.Outcome == ClosureOutcome.ForceClosed);
        Assert.Contains(closed, s => s.Urgency == Urgency.Emergency);
        Assert.Contains(closed, s => s.Urgency == Urgency.Major);
        Assert.Contains(closed, s => s.Reopened > 0);
        Assert.Contains(finals, f => f.Steps.Any(s => s.Decision is Decision.Accepted { State.Status: CaseStatus.Suspended }));

        // Issue 10's triggers are not only generated but accepted somewhere, so the invariants above do cover them.
        var accepted = finals.SelectMany(f => f.Steps).Where(s => s.Decision is Decision.Accepted).Select(s => s.Trigger.GetType()).ToHashSet();
        Type[] issue10 =
        [
            typeof(AssignDepartment), typeof(ReportUpstream), typeof(HandOverToDepartment), typeof(ReceptionRecorded), typeof(CompletionNotice),
            typeof(OpenBreach), typeof(DecideBreach), typeof(PaidDelayAgreed), typeof(SlipCopyReceived), typeof(RevisitNotReached),
            typeof(RecordAccountability), typeof(AssessUnitHead), typeof(FileCorrectiveAction),
        ];
        Assert.Equal([], issue10.Where(t => !accepted.Contains(t)).Select(t => t.Name).ToArray());
        Assert.Contains(closed, s => s.ProfileId == "municipal-12319" && s.Revisits.Any(r => r.AtUtc >= s.Closure!.AtUtc));
        Assert.Contains(finals, f => f.Steps.Any(s => s.Trigger is RevisitResult { Stage: RevisitStage.Second } && s.Decision is Decision.Accepted));
        Assert.Contains(closed, s => s.ProfileId == "park-dispatch" && s.SlipCopyReceivedUtc is not null);
    }

    private static void ForEachAccepted(PlannedCase plan, Action<Profile, PlayedStep, Decision.Accepted> invariant)
    {
        var profile = ProfileCatalog.BuiltIn[plan.ProfileId];
        var steps = CasePlayer.Play(plan);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Decision is not Decision.Accepted accepted)
            {
                continue;
            }

            try
            {
                invariant(profile, steps[i], accepted);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"Step {i} ({steps[i].Trigger}) of {plan}{Environment.NewLine}{e.Message}");
            }
        }
    }

    // Records print their nested records; the state's arrays do not, so the state goes through JSON.
    private static string Fingerprint(PlayedStep step) => step.Decision switch
    {
        Decision.Accepted a => JsonSerializer.Serialize(a.State) + "|" + a.NextWakeUtc?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)
            + "|" + string.Join(";", a.Commands.Select(c => c.ToString())),
        Decision.Rejected r => r.ToString(),
        _ => throw new InvalidOperationException(),
    };
}
