using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
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

    [Theory]
    [InlineData("engineering-head")]
    [InlineData("engineering-1")]
    public void FieldStaff_SeeTheirUnitsCase(string staff) => Assert.True(CaseVisibility.Sees(TestOrg.Member(staff), Repair()));

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
    public void Parties_AreExactlyThoseWithAPart(string profile, string category, Urgency urgency)
    {
        var state = new Scenario(profile, Scenario.Local("2026-11-18 10:00")).Open(category, urgency, upstream: new UpstreamItem("DB-9", "东区", null)).State;
        var parties = CaseParties.Of(state);

        Assert.NotEmpty(parties);
        Assert.All(parties.Where(p => !state.AwaitingConfirmation.Any(c => c.Staff == p)), p => Assert.True(state.HasPart(p), $"{p} is listed without a part"));
        Assert.All(TestOrg.Directory.Where(m => state.HasPart(m.Id)), m => Assert.Contains(m.Id, parties));
    }
}
