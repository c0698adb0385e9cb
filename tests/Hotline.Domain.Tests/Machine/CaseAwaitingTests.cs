using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>"My queue": what a case waits for from each person follows who the case machine lets act in each status.</summary>
public sealed class CaseAwaitingTests
{
    private static AwaitedStep? For(Scenario s, string staff) => CaseAwaiting.Of(s.State, TestOrg.Actor(staff), s.Profile);

    private static Scenario Repair(Func<Domain.Profiles.Profile, Domain.Profiles.Profile>? adjust = null, Urgency urgency = Urgency.Normal) =>
        new Scenario("park-dispatch", CaseSteps.Wednesday, adjust).Open("repair", urgency);

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public void Dispatched_WaitsForTheResponsibleToAcknowledge_ThenToComplete()
    {
        var s = Repair();
        Assert.Equal(AwaitedStep.Acknowledge, For(s, "engineering-head"));
        Assert.Null(For(s, "agent2"));

        s.Acknowledged("engineering-head");
        Assert.Equal(AwaitedStep.Complete, For(s, "engineering-head"));
        Assert.IsType<Decision.Accepted>(CaseMachine.Decide(s.State, new Complete(s.Now, TestOrg.Actor("engineering-head"), EvidenceKind.ServiceSlip, "FWD-1", "修好"), s.Profile));
    }

    [Fact]
    [Trait("Rule", "R-EM-2")]
    public void Emergency_WaitsForTheLadderToAcknowledge()
    {
        var s = new Scenario("property-hotline", CaseSteps.Wednesday).Open("fire", Urgency.Emergency);

        Assert.Equal(AwaitedStep.Acknowledge, For(s, "mgr"));
        s.Acknowledged("mgr");
        Assert.Null(For(s, "mgr"));
    }

    [Fact]
    [Trait("Rule", "R-CL-5")]
    public void MajorCompletedAndRevisited_WaitsForTheManagersApproval_NotTheAgents()
    {
        var s = Repair(ProfileVariants.RevisitGated, Urgency.Major).Acknowledged("engineering-head").Advance(TimeSpan.FromHours(3))
            .CompletedWithSlip("engineering-head");

        // Revisit-gated: no slip copy goes to the dispatcher, so the revisit is next; the manager still owes the "收到" the
        // major-complaint text asked for (R-DS-4), and no approval until the revisit.
        Assert.Equal(AwaitedStep.Revisit, For(s, "agent1"));
        Assert.Equal(AwaitedStep.Confirm, For(s, "mgr"));

        s.Advance(TimeSpan.FromHours(1)).RevisitedSatisfied();

        Assert.Equal(AwaitedStep.ApproveClosure, For(s, "mgr"));
        Assert.Null(For(s, "agent1"));
        s.ApprovedBy("mgr", ApprovalKind.Closure);
        Assert.Null(For(s, "mgr"));
    }

    [Fact]
    [Trait("Rule", "R-CL-1")]
    public void SlipCategory_WaitsForTheSlipCopyWithTheDispatcher()
    {
        var s = Repair().Acknowledged("engineering-head").CompletedWithSlip("engineering-head");

        Assert.Equal(CaseStatus.Completed, s.State.Status);
        Assert.Equal(AwaitedStep.SlipCopy, For(s, "agent1"));
    }

    [Fact]
    [Trait("Rule", "R-DS-3")]
    public void Referred_WaitsForTheManagersInstruction()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday);
        s.Intake("repair", IntakeDecision.Refer);

        Assert.Equal(CaseStatus.AwaitingInstruction, s.State.Status);
        Assert.Equal(AwaitedStep.Instruct, For(s, "mgr"));
        Assert.Null(For(s, "engineering-head"));
    }

    [Fact]
    [Trait("Rule", "R-CL-7")]
    public void Unresolvable_WaitsForTheForcedClosureApproval()
    {
        var s = Repair().Acknowledged("engineering-head").Do(at => new CannotResolve(at, TestOrg.Actor("engineering-head"), "产权未明"));

        Assert.Equal(AwaitedStep.ApproveForcedClosure, For(s, "mgr"));
        s.ApprovedBy("mgr", ApprovalKind.ForcedClosure);
        Assert.Null(For(s, "mgr"));
    }

    [Fact]
    [Trait("Rule", "R-CL-8")]
    public void Closed_WaitsForNobody()
    {
        var s = Repair();
        var closed = s.State with { Status = CaseStatus.Closed };

        Assert.Equal(AwaitedStep.Acknowledge, For(s, "engineering-head"));
        Assert.All(new[] { "agent1", "mgr", "engineering-head" }, id => Assert.Null(CaseAwaiting.Of(closed, TestOrg.Actor(id), s.Profile)));
    }
}
