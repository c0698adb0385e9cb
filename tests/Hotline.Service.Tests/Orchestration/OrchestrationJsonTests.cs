using Hotline.Domain;
using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Testing;

namespace Hotline.Service.Tests.Orchestration;

public sealed class OrchestrationJsonTests
{
    private static readonly DateTimeOffset At = CaseHarness.Start;

    public static TheoryData<CaseTrigger> StaffSignals() =>
    [
        new Acknowledge(At, TestOrg.Agent, "收到"),
        new Arrived(At, TestOrg.Agent),
        new Complete(At, TestOrg.Agent, EvidenceKind.ServiceSlip, "FW-1", "换了阀门"),
        new CannotResolve(At, TestOrg.Agent, "需业委会决定"),
        new Approve(At, TestOrg.Manager, ApprovalKind.ForcedClosure, "同意"),
        new RevisitResult(At, TestOrg.Agent, RevisitStage.Closing, SatisfactionRating.FairlySatisfied, null, "维修"),
        new Reassign(At, TestOrg.Agent, new CaseTeam { Unit = "security", ManagerLadder = [TestOrg.Id("mgr"), TestOrg.Id("dgm")] }, "分错了"),
        new HandOver(At, TestOrg.Agent, TestOrg.Id("agent2"), "交班"),
        new LinkRelated(At, TestOrg.Agent, "楼上也漏", CaseId.Parse("20261120-0002")),
        new UpstreamDeadline(At, TestOrg.Agent, At.AddDays(3)),
        new DeliveryFailed(At, TestOrg.Id("mgr"), "号码停机"),
        new AttemptRefused(At, TestOrg.Id("agent2"), "完成", "不是责任人"),
    ];

    [Theory]
    [MemberData(nameof(StaffSignals))]
    public void ApplySignal_RoundTrips_WithItsTriggerType(CaseTrigger trigger)
    {
        var json = OrchestrationJson.Write<CaseSignal>(new CaseSignal.Apply(trigger));
        var back = Assert.IsType<CaseSignal.Apply>(OrchestrationJson.Read<CaseSignal>(json));

        Assert.Equal(trigger.GetType(), back.Trigger.GetType());
        Assert.Equal(json, OrchestrationJson.Write<CaseSignal>(back));
        Assert.Contains("\"$signal\":\"apply\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitRequest_WithEveryCommandOfAnIntake_RoundTrips()
    {
        var h = await CaseHarness.OpenAsync();
        var decision = Assert.IsType<Decision.Accepted>(CaseMachine.Decide(h.Opened.State, new ClockTick(h.FirstWake), h.Profiles.Get(h.Opened.State.ProfileId)));
        var request = new CommitRequest(CaseSnapshot.Of(h.Opened), decision.State, decision.Commands, h.FirstWake);

        var json = OrchestrationJson.Write(request);
        var back = OrchestrationJson.Read<CommitRequest>(json);

        Assert.NotEmpty(back.Commands);
        Assert.Equal(decision.Commands.Select(c => c.GetType()), back.Commands.Select(c => c.GetType()));
        Assert.Equal(json, OrchestrationJson.Write(back));
    }

    [Fact]
    public void UnknownTriggerType_IsRefusedLoudly()
    {
        var json = """{"$signal":"apply","trigger":{"$type":"make-tea","atUtc":"2026-11-20T06:00:00Z"}}""";

        Assert.Throws<System.Text.Json.JsonException>(() => OrchestrationJson.Read<CaseSignal>(json));
    }
}
