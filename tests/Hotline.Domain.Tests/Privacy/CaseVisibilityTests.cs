using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Tests.Machine;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Privacy;

/// <summary>Lists, search, queues and counts show cases to staff according to their part and role (R-PV-1).</summary>
[Trait("Rule", "R-PV-1")]
public sealed class CaseVisibilityTests
{
    private static CaseState Repair(UpstreamItem? upstream = null) =>
        new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00")).Open("repair", upstream: upstream).State;

    [Theory]
    [InlineData("agent2")]
    [InlineData("desk1")]
    [InlineData("coord")]
    [InlineData("mgr")]
    [InlineData("gm")]
    [InlineData("qa")]
    [InlineData("admin")]
    public void HotlineDesk_SeesEveryCase(string staff) => Assert.True(CaseVisibility.Sees(TestOrg.Member(staff), Repair()));

    [Theory]
    [InlineData("security-1")]
    [InlineData("security-head")]
    [InlineData("upstream")]
    public void FieldStaffAndUpstream_DoNotSeeCasesTheyHaveNoPartIn(string staff) =>
        Assert.False(CaseVisibility.Sees(TestOrg.Member(staff), Repair()));

    [Fact]
    public void FieldStaff_SeeTheCasesTheyHaveAPartIn()
    {
        var repair = Repair();

        Assert.All(["engineering-head", "engineering-1"], id => Assert.True(repair.HasPart(TestOrg.Id(id)) && CaseVisibility.Sees(TestOrg.Member(id), repair)));
    }

    [Fact]
    public void UnitRule_AUnitHeadWithNoPartSeesHisUnitsCase_AnImplementerDoesNot()
    {
        var repair = Repair();
        var head = TestOrg.Member("engineering-head") with { Id = TestOrg.Id("engineering-head-2") };
        var implementer = TestOrg.Member("engineering-1") with { Id = TestOrg.Id("engineering-9") };
        var otherUnitsHead = TestOrg.Member("security-head") with { Id = TestOrg.Id("security-head-2") };

        Assert.Equal("engineering", repair.Team.Unit);
        Assert.All([head, implementer, otherUnitsHead], m => Assert.False(repair.HasPart(m.Id), $"{m.Id} must have no part, so only the unit rule can show the case"));
        Assert.True(CaseVisibility.Sees(head, repair));
        Assert.False(CaseVisibility.Sees(implementer, repair));
        Assert.False(CaseVisibility.Sees(otherUnitsHead, repair));
    }

    [Fact]
    public void UnitHead_SeesHisUnitsCasesEvenWithoutAPart()
    {
        var repair = Repair();
        var otherHead = TestOrg.Member("engineering-head") with { Id = TestOrg.Id("engineering-deputy") };

        Assert.False(repair.HasPart(otherHead.Id));
        Assert.True(CaseVisibility.Sees(otherHead, repair));
        Assert.False(CaseVisibility.Sees(TestOrg.Member("engineering-1") with { Id = TestOrg.Id("engineering-2") }, repair), "an implementer sees only his own cases");
    }

    [Fact]
    public void Upstream_SeesSupervisionItemsOnly() =>
        Assert.True(CaseVisibility.Sees(TestOrg.Member("upstream"), Repair(new UpstreamItem("DB-1", "东区", null))));
}

/// <summary>The open-case index keeps each case's parties; they must be exactly the staff HasPart lets see the caller (R-PV-1).</summary>
[Trait("Rule", "R-PV-1")]
public sealed class CasePartiesTests
{
    [Theory]
    [InlineData("property-hotline", "repair", Urgency.Normal)]
    [InlineData("property-hotline", "fire", Urgency.Emergency)]
    [InlineData("gm-hotline", "service-quality", Urgency.Normal)]
    [InlineData("gm-hotline", "service-quality", Urgency.Major)]
    public void Parties_AreExactlyThoseWithAPart(string profile, string category, Urgency urgency)
    {
        var state = new Scenario(profile, Scenario.Local("2026-11-18 10:00")).Open(category, urgency, upstream: new UpstreamItem("DB-9", "东区", null)).State;

        AssertPartiesAreThoseWithAPart(state);
    }

    [Fact]
    public void CrewTextedTheAddress_KeepsAPart_AfterReplyingAndAfterTheEmergencyIsDowngraded()
    {
        var s = new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00")).Open("fire", Urgency.Emergency);
        var crew = s.State.AwaitingConfirmation.Select(c => c.Staff).First(id => s.State.Team.EmergencyCrew.Contains(id));
        Assert.False(s.State.Team.IsResponsible(crew) || s.State.Team.IsInLadder(crew), "a crew member with no other part");

        s.Acknowledged(crew.Value);
        var downgraded = s.State with { Urgency = Urgency.Normal };

        Assert.DoesNotContain(downgraded.AwaitingConfirmation, c => c.Staff == crew);
        Assert.True(downgraded.HasPart(crew), "the crew's text carried the caller's address (SmsTemplates.EmergencyCrew)");
        Assert.Contains(crew, CaseParties.Of(downgraded));
        AssertPartiesAreThoseWithAPart(downgraded);
    }

    [Fact]
    public void SomeoneAwaitingConfirmation_HasAPart_EvenInACaseStoredBeforeAskedToConfirmWasKept()
    {
        var state = new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00")).Open("repair").State;
        var stranger = TestOrg.Id("security-head");
        Assert.False(state.HasPart(stranger));

        var asked = state with { AwaitingConfirmation = [new Confirmation(stranger, NoticeKind.NotArrangedEscalation, "R-DS-1")] };

        Assert.True(asked.HasPart(stranger));
        AssertPartiesAreThoseWithAPart(asked);
    }

    /// <summary>Set equality over everyone concerned: the directory and whoever the parties list names.</summary>
    private static void AssertPartiesAreThoseWithAPart(CaseState state)
    {
        var parties = CaseParties.Of(state);
        var withAPart = TestOrg.Directory.Select(m => m.Id).Concat(parties).Distinct().Where(state.HasPart).Order().ToList();

        Assert.NotEmpty(parties);
        Assert.Equal(parties.Count, parties.Distinct().Count());
        Assert.Equal(withAPart, parties.Order().ToList());
    }
}
