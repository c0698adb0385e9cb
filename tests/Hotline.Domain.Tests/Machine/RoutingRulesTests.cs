using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Machine;

/// <summary>Routing and re-routing under the first-question duty (R-DS-5, R-DS-6).</summary>
public class RoutingRulesTests
{
    private static readonly Profile Park = ProfileCatalog.BuiltIn["park-dispatch"];

    [Fact]
    [Trait("Rule", "R-DS-5")]
    public void TeamResolver_OneUnit_ItsHeadIsTheFirstContact()
    {
        var team = TeamResolver.Resolve(Park, "repair", TestOrg.Directory);

        Assert.Equal("engineering", team.Unit);
        Assert.Equal(TestOrg.Id("engineering-head"), team.Supervisor);
        Assert.Equal(TestOrg.Id("engineering-1"), team.Implementer);
        Assert.Equal(TestOrg.Id("coord"), team.Coordinator);
    }

    [Fact]
    [Trait("Rule", "R-DS-5")]
    public void TeamResolver_UnitWithoutAHead_ImplementerIsTheFirstContact()
    {
        var directory = TestOrg.Directory.Where(m => m.Id.Value != "cleaning-head").ToList();
        var team = TeamResolver.Resolve(Park, "cleaning", directory);

        Assert.Null(team.Supervisor);
        Assert.Equal(TestOrg.Id("cleaning-1"), team.Implementer);
    }

    [Theory]
    [Trait("Rule", "R-DS-5")]
    [InlineData("public-safety")]
    [InlineData("other")]
    [InlineData("official-order")]
    public void TeamResolver_SeveralOrNoUnits_LeavesTheLeadUnnamed(string category)
    {
        var team = TeamResolver.Resolve(Park, category, TestOrg.Directory);
        Assert.Null(team.Unit);
        Assert.Null(team.Supervisor);
    }

    [Fact]
    [Trait("Rule", "R-DS-5")]
    public void UnclearRouting_CoordinatorNamesTheLead_ThenItsHeadIsDispatched()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("other");
        Assert.Equal(CaseStatus.AwaitingRouting, s.State.Status);
        Assert.Contains(s.NoticesTo("coord"), n => n.Kind == NoticeKind.RoutingRequest);
        Assert.DoesNotContain(s.Commands.OfType<Notify>(), n => n.Notice.Kind == NoticeKind.TaskAssigned);

        s.Advance(TimeSpan.FromMinutes(20)).Do(at => new Route(at, TestOrg.Actor("coord"), TeamResolver.ForUnit(s.Profile, "cleaning", TestOrg.Directory)));

        Assert.Equal(CaseStatus.Dispatched, s.State.Status);
        Assert.Equal(TestOrg.Id("cleaning-head"), s.State.Assignee);
        Assert.Contains(s.NoticesTo("cleaning-head"), n => n.Kind == NoticeKind.TaskAssigned);
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Reassigned && e.Rule == "R-DS-5" && e.By == TestOrg.Id("coord"));
    }

    [Theory]
    [Trait("Rule", "R-DS-5")]
    [InlineData("agent1")]
    [InlineData("engineering-head")]
    public void UnclearRouting_LeadNamedByOtherThanCoordinatorOrManager_IsRejected(string by)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("other");
        var rejected = s.Reject(at => new Route(at, TestOrg.Actor(by), TeamResolver.ForUnit(s.Profile, "cleaning", TestOrg.Directory)));

        Assert.Equal(Rejection.NotAllowed, rejected.Rule);
        Assert.Equal(CaseStatus.AwaitingRouting, s.State.Status);
    }

    [Theory]
    [Trait("Rule", "R-DS-6")]
    [InlineData("engineering-head")]
    [InlineData("agent1")]
    public void ReroutedDepartment_PassingItOnAgain_IsRejected(string firstReroutedBy)
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");
        s.Do(at => new Reassign(at, TestOrg.Actor(firstReroutedBy), TeamResolver.ForUnit(s.Profile, "cleaning", TestOrg.Directory), "分派有误"));
        Assert.Equal(TestOrg.Id("cleaning-head"), s.State.Assignee);

        var rejected = s.Reject(at => new Reassign(at, TestOrg.Actor("cleaning-head"), TeamResolver.ForUnit(s.Profile, "greening", TestOrg.Directory), "也不归我们"));

        Assert.Equal("R-DS-6", rejected.Rule);
        Assert.Equal("cleaning", s.State.Team.Unit);
        Assert.Empty(s.NoticesTo("greening-head"));
    }

    [Fact]
    [Trait("Rule", "R-DS-6")]
    public void ReroutedDepartment_KeepsIt_WhileTheCoordinatorMayStillMoveIt()
    {
        var s = new Scenario("park-dispatch", CaseSteps.Wednesday).Open("repair");
        s.Do(at => new Reassign(at, TestOrg.Actor("engineering-head"), TeamResolver.ForUnit(s.Profile, "cleaning", TestOrg.Directory), "分派有误"));
        Assert.Contains(s.Ledger, e => e.Kind == LedgerKind.Reassigned && e.Rule == "R-DS-6");

        s.Do(at => new Reassign(at, TestOrg.Actor("coord"), TeamResolver.ForUnit(s.Profile, "greening", TestOrg.Directory), "协调单：指定绿化部主办"));

        Assert.Equal(TestOrg.Id("greening-head"), s.State.Assignee);
        Assert.Contains(s.NoticesTo("greening-head"), n => n.Kind == NoticeKind.TaskAssigned);
    }
}
