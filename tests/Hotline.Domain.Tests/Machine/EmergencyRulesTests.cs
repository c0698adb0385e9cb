using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>紧急: what is an emergency, the manager ladder, the crew, the record, the leaders' instructions (R-EM-1…R-EM-5).</summary>
public class EmergencyRulesTests
{
    [Theory]
    [Trait("Rule", "R-EM-1")]
    [InlineData("park-dispatch", "fire")]
    [InlineData("park-dispatch", "accident")]
    [InlineData("park-dispatch", "public-safety")]
    [InlineData("park-dispatch", "official-order")]
    [InlineData("property-hotline", "fire")]
    [InlineData("heating-supervision", "pipe-burst")]
    [InlineData("municipal-12319", "emergency-repair")]
    public void EmergencyCategory_FiledAsNormal_IsAnEmergency(string profile, string category)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category, Urgency.Normal);

        Assert.Equal(Urgency.Emergency, s.State.Urgency);
        Assert.Contains(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyAlert);
    }

    [Fact]
    [Trait("Rule", "R-EM-1")]
    public void OrdinaryCategory_FiledAsNormal_StaysNormal()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");

        Assert.Equal(Urgency.Normal, s.State.Urgency);
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind is NoticeKind.EmergencyAlert or NoticeKind.EmergencyCrew);
    }

    [Fact]
    [Trait("Rule", "R-EM-2")]
    public void Emergency_LadderIsManagerThenDeputyThenGeneralManager()
    {
        var team = TeamResolver.Resolve(ProfileCatalog.BuiltIn["park-dispatch"], "fire", TestOrg.Directory);
        Assert.Equal(["mgr", "dgm", "gm"], team.ManagerLadder.Select(id => id.Value));
    }

    [Fact]
    [Trait("Rule", "R-EM-2")]
    public void Emergency_ManagerSilent_LadderClimbsToGeneralManager()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire");
        Assert.Single(s.NoticesTo("mgr"), n => n.Kind == NoticeKind.EmergencyAlert);

        s.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(s.NoticesTo("dgm"));

        s.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(s.NoticesTo("dgm"), n => n.Kind == NoticeKind.EmergencyLadder && n.Level == 1);
        Assert.Empty(s.NoticesTo("gm"));

        s.Advance(TimeSpan.FromMinutes(10));
        Assert.Single(s.NoticesTo("gm"), n => n.Kind == NoticeKind.EmergencyLadder && n.Level == 2);
        Assert.Equal(2, s.Ledger.Count(e => e.Kind == LedgerKind.Escalated && e.Rule == "R-EM-2"));
    }

    [Theory]
    [Trait("Rule", "R-EM-2")]
    [InlineData("mgr", 5, "dgm")]
    [InlineData("dgm", 15, "gm")]
    public void Emergency_LadderMemberAcknowledges_LadderStops(string acknowledger, int atMinute, string neverCalled)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire").Advance(TimeSpan.FromMinutes(atMinute));
        s.Acknowledged(acknowledger).Advance(TimeSpan.FromHours(1));

        Assert.Equal(TestOrg.Id(acknowledger), s.State.EmergencyAcknowledgedBy);
        Assert.Empty(s.NoticesTo(neverCalled));
    }

    [Fact]
    [Trait("Rule", "R-EM-2")]
    public void Emergency_CrewAnswering_DoesNotStopTheLadder()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire").Advance(TimeSpan.FromMinutes(2));
        s.Acknowledged("security-head").Advance(TimeSpan.FromMinutes(8));

        Assert.Contains(s.NoticesTo("dgm"), n => n.Kind == NoticeKind.EmergencyLadder);
    }

    [Theory]
    [Trait("Rule", "R-EM-3")]
    [InlineData("park-dispatch", "fire", "security,engineering,elevator")]
    [InlineData("property-hotline", "fire", "security,engineering")]
    [InlineData("heating-supervision", "pipe-burst", "station")]
    public void Emergency_ProfileCrewSentOnSite(string profile, string category, string crewUnits)
    {
        var s = new Scenario(profile, CaseSteps.Wednesday).Open(category);

        var crew = s.Commands.OfType<Notify>().Where(n => n.Notice.Kind == NoticeKind.EmergencyCrew)
            .Select(n => ((Recipient.Staff)n.To).Id.Value).Order(StringComparer.Ordinal);
        Assert.Equal(crewUnits.Split(',').Select(u => $"{u}-head").Order(StringComparer.Ordinal), crew);
        Assert.True(s.Logged("R-EM-3"));
    }

    [Fact]
    [Trait("Rule", "R-EM-4")]
    public void Emergency_IsOpened_WithTheDispatcherOnPostRecorded()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire");

        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Contains(s.NoticesTo("security-head"), n => n.Kind == NoticeKind.TaskAssigned);
        var onPost = Assert.Single(s.Ledger, e => e.Rule == "R-EM-4");
        Assert.Equal(TestOrg.Id("agent1"), onPost.By);
        Assert.Contains("agent1", onPost.Text, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "R-EM-5")]
    [InlineData("mgr")]
    [InlineData("dgm")]
    [InlineData("gm")]
    public void LeaderInstruction_BecomesItsOwnTrackedCase(string leader)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire").Advance(TimeSpan.FromMinutes(30));
        s.Do(at => new LeaderInstruction(at, TestOrg.Actor(leader), "排查全部消防通道", TestOrg.Id("security-1")));
        s.Do(at => new LeaderInstruction(at, TestOrg.Actor(leader), "统计受损住户", TestOrg.Id("customer-service-1")));

        var linked = s.Commands.OfType<OpenLinkedCase>().ToList();
        Assert.Equal(2, linked.Count);
        Assert.All(linked, l => Assert.Equal(s.State.Id, l.Parent));
        Assert.All(linked, l => Assert.Equal(TestOrg.Id(leader), l.RequestedBy));
        Assert.Equal([TestOrg.Id("security-1"), TestOrg.Id("customer-service-1")], linked.Select(l => l.Assignee));
        Assert.Equal(2, s.Ledger.Count(e => e.Kind == LedgerKind.Instruction && e.Rule == "R-EM-5"));
    }

    [Theory]
    [Trait("Rule", "R-EM-5")]
    [InlineData("agent1")]
    [InlineData("security-head")]
    public void LeaderInstruction_FromNonLeader_IsRejected(string by)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("fire");
        var rejected = s.Reject(at => new LeaderInstruction(at, TestOrg.Actor(by), "排查", TestOrg.Id("security-1")));

        Assert.Equal(Rejection.NotAllowed, rejected.Rule);
        Assert.Empty(s.Commands.OfType<OpenLinkedCase>());
    }
}
