using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Profiles;

/// <summary>The permit hand-back period is profile data (001 篇4 §4.4.1: 每十天), not code.</summary>
public sealed class ReleasePermitProfileTests
{
    private const string Tiny = """
        {
          "id": "tiny", "name": "Tiny", "source": "test",
          "calendar": { "holidays": ["cn-2026"] },
          "categories": [ { "code": "repair", "name": "维修", "units": ["engineering"] } ]
          RELEASE
        }
        """;

    [Fact]
    [Trait("Rule", "R-SV-1")]
    public void ParkDispatch_SecurityHandsCopiesBackEveryTenDays()
    {
        var policy = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch].ReleasePermits;

        Assert.True(policy.Offered);
        Assert.Equal(10, policy.HandBackEveryDays);
        Assert.Equal("security", policy.SecurityUnit);
        Assert.False(ProfileCatalog.BuiltIn["heating-supervision"].ReleasePermits.Offered);
    }

    [Fact]
    [Trait("Rule", "R-SV-1")]
    public void AnotherCustomer_ChoosesItsOwnPeriod()
    {
        var profile = ProfileLoader.Load(Tiny.Replace("RELEASE", ", \"releasePermits\": { \"handBackEveryDays\": 7, \"securityUnit\": \"guards\" }", StringComparison.Ordinal), "tiny.json");

        Assert.Equal(new ReleasePermitPolicy(7, "guards"), profile.ReleasePermits);
    }

    [Theory]
    [Trait("Rule", "R-SV-1")]
    [InlineData("{ \"handBackEveryDays\": 0, \"securityUnit\": \"security\" }", "releasePermits.handBackEveryDays")]
    [InlineData("{ \"handBackEveryDays\": 10 }", "releasePermits.securityUnit")]
    public void BadSection_IsRefused_NamingTheField(string section, string field)
    {
        var error = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(Tiny.Replace("RELEASE", ", \"releasePermits\": " + section, StringComparison.Ordinal), "bad.json"));

        Assert.Contains(error.Errors, e => e.StartsWith(field, StringComparison.Ordinal));
    }
}
