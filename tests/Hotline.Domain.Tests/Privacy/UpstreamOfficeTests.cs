using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Domain.Tests.Machine;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Privacy;

/// <summary>
/// Two upstream offices in one directory (issue 11 §5): heating's 市物业办 (unit city-office, 003 §六(一)) and the city 12345
/// office (unit city-12345, named by a property profile here). Each profile names its office's unit; each office is the
/// upstream of its own profile's cases only, and sees only those supervision items (R-PV-1).
/// </summary>
[Trait("Rule", "R-PV-1")]
public sealed class UpstreamOfficeTests
{
    private static readonly UpstreamItem Item = new("DB-1", "东区", null);

    private static Profile Named(Profile p, string? unit) => p with { Supervision = p.Supervision with { UpstreamUnit = unit } };

    private static CaseState Heating() =>
        new Scenario("heating-supervision", Scenario.Local("2026-11-18 10:00")).Open("supervision", upstream: Item).State;

    private static CaseState Property12345() =>
        new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00"), p => Named(p, "city-12345")).Open("repair", upstream: Item).State;

    [Fact]
    public void Heating_NamesTheCityPropertyOffice_AsItsUpstreamUnit() =>
        Assert.Equal("city-office", ProfileCatalog.BuiltIn["heating-supervision"].Supervision.UpstreamUnit);

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void TeamResolver_NamesTheProfilesOffice_NotTheDirectorysFirstUpstreamMember()
    {
        var heating = ProfileCatalog.BuiltIn["heating-supervision"];
        var property = ProfileCatalog.BuiltIn["property-hotline"];
        // The 12345 office's contact sorts and is on duty first: only the profile's unit can keep him off heating's cases.
        var directory = TestOrg.Directory.Select(m => m.Id.Value == "upstream-12345" ? m with { Id = TestOrg.Id("a-12345") } : m).ToList();

        Assert.Equal(TestOrg.Id("upstream"), TeamResolver.Resolve(heating, "supervision", directory).Upstream);
        Assert.Equal(TestOrg.Id("a-12345"), TeamResolver.Resolve(Named(property, "city-12345"), "repair", directory).Upstream);
        Assert.Equal(TestOrg.Id("a-12345"), TeamResolver.Resolve(property, "repair", directory).Upstream); // names none: the first, as before
        Assert.Null(TeamResolver.Resolve(Named(property, "district-office"), "repair", directory).Upstream); // nobody there: no other office
    }

    [Fact]
    public void TeamResolver_PrefersTheOfficesMemberOnDuty()
    {
        var heating = ProfileCatalog.BuiltIn["heating-supervision"];
        var directory = TestOrg.Directory
            .Select(m => m.Id.Value == "upstream" ? m with { OnDuty = false } : m)
            .Append(TestOrg.Member("upstream") with { Id = TestOrg.Id("upstream-b"), OnDuty = true })
            .ToList();

        Assert.Equal(TestOrg.Id("upstream-b"), TeamResolver.Resolve(heating, "supervision", directory).Upstream);
    }

    [Fact]
    [Trait("Rule", "R-FU-7")]
    public void EachOffice_IsToldOfItsOwnItemsOnly()
    {
        var heating = new Scenario("heating-supervision", Scenario.Local("2026-11-18 10:00")).Open("supervision", upstream: Item);
        var property = new Scenario("property-hotline", Scenario.Local("2026-11-18 10:00"), p => Named(p, "city-12345")).Open("repair", upstream: Item);
        foreach (var s in new[] { heating, property })
        {
            s.AdvanceTo(Scenario.Local("2026-11-19 09:00")).Do(at => new ReportUpstream(at, TestOrg.Agent, "已派人处理"));
        }

        Assert.Single(heating.NoticesTo("upstream"), n => n.Kind == NoticeKind.UpstreamReport);
        Assert.Single(property.NoticesTo("upstream-12345"), n => n.Kind == NoticeKind.UpstreamReport);
        Assert.Empty(heating.NoticesTo("upstream-12345"));
        Assert.Empty(property.NoticesTo("upstream"));
    }

    [Fact]
    public void EachOffice_SeesOnlyItsOwnProfilesSupervisionItems()
    {
        var heating = Heating();
        var property = Property12345();
        var city = TestOrg.Member("upstream");
        var office12345 = TestOrg.Member("upstream-12345");

        Assert.True(CaseVisibility.Sees(city, heating));
        Assert.False(CaseVisibility.Sees(city, property));
        Assert.True(CaseVisibility.Sees(office12345, property));
        Assert.False(CaseVisibility.Sees(office12345, heating));
        Assert.Equal((false, false), (heating.HasPart(office12345.Id), property.HasPart(city.Id)));
        Assert.Contains(city.Id, CaseParties.Of(heating));
        Assert.DoesNotContain(office12345.Id, CaseParties.Of(heating));
    }

    [Fact]
    public void AnotherMemberOfTheOffice_WhoIsNotTheCasesUpstream_DoesNotSeeIt()
    {
        var colleague = TestOrg.Member("upstream") with { Id = TestOrg.Id("upstream-b") };

        Assert.False(CaseVisibility.Sees(colleague, Heating()));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("\" city-office\"")]
    public void Loader_RejectsABlankOrPaddedUpstreamUnit(string unit)
    {
        var json = $$"""
            {
              "id": "tiny", "name": "Tiny", "source": "test",
              "calendar": { "holidays": ["cn-2026"] },
              "categories": [ { "code": "repair", "name": "维修", "units": ["engineering"] } ],
              "supervision": { "upstreamUnit": {{unit}} }
            }
            """;

        var e = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(json, "tiny.json"));
        Assert.Contains(e.Errors, m => m.StartsWith("supervision.upstreamUnit:", StringComparison.Ordinal));
    }
}
