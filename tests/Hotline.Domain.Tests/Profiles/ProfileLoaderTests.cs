using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Profiles;

public sealed class ProfileLoaderTests
{
    private const string Minimal = """
        {
          "id": "tiny", "name": "Tiny", "source": "test",
          "calendar": { "holidays": ["cn-2026"] },
          "categories": [ { "code": "repair", "name": "维修", "units": ["engineering"] } ]
        }
        """;

    [Fact]
    [Trait("Rule", "R-PV-3")]
    public void ShippedProfiles_OnePerSeedSystem_AllLoad()
    {
        Assert.Equal(
            ["gm-hotline", "heating-supervision", "municipal-12319", "park-dispatch", "property-hotline"],
            ProfileCatalog.BuiltIn.Keys.Order(StringComparer.Ordinal));
        Assert.False(ProfileCatalog.BuiltIn["park-dispatch"].Calendar.IsWithinServiceHours(DateTimeOffset.Parse("2026-11-21T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture)) == false);
        Assert.True(ProfileCatalog.BuiltIn["gm-hotline"].Intake.EscalationOnly);
        Assert.True(ProfileCatalog.BuiltIn["heating-supervision"].FollowUp.SecondComplaintLadder);
        Assert.Equal(20, ProfileCatalog.BuiltIn["heating-supervision"].Reporting.RollUpDay);
        Assert.Equal("linked-unit", ProfileCatalog.BuiltIn["municipal-12319"].Reporting.LinkedUnitCategory);
    }

    [Fact]
    public void NewProfile_NeedsNoCode_JustJson()
    {
        var profile = ProfileLoader.Load(Minimal, "tiny.json");
        Assert.Equal("tiny", profile.Id);
        Assert.Equal("Asia/Shanghai", profile.Calendar.Definition.TimeZoneId);
        Assert.NotNull(profile.FindCategory("repair"));
    }

    [Theory]
    [InlineData("\"first\": \"2 hours\"", "followUp.first")]
    [InlineData("\"weeklyReview\": \"tuesday\"", "followUp.weeklyReview")]
    [InlineData("\"endOfDayLead\": \"P1D\"", "followUp.endOfDayLead")]
    public void BadDeadline_NamesTheField(string followUp, string field)
    {
        var json = Minimal.Replace("\"categories\"", $"\"followUp\": {{ {followUp} }}, \"categories\"", StringComparison.Ordinal);
        var error = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(json, "bad.json"));
        Assert.Contains(error.Errors, e => e.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce_WithItsPath()
    {
        const string json = """
            {
              "id": "Bad Id", "name": "", "source": "x",
              "calendar": { "timeZone": "Mars/Olympus", "workday": "9-5", "weekend": ["Caturday"], "holidays": ["cn-1999"] },
              "categories": [
                { "code": "a", "name": "A", "units": [], "serviceArea": "Nowhere" },
                { "code": "a", "name": "A2", "units": [], "paid": true }
              ],
              "kpi": { "satisfaction": 120 },
              "penalties": { "lateRevisit": [30, 10] },
              "reporting": { "rollUpDay": 31, "linkedUnitCategory": "zzz" }
            }
            """;
        var error = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(json, "bad.json"));
        foreach (var path in new[] { "id:", "name:", "calendar.workday:", "calendar.weekend[0]:", "calendar.holidays:", "categories[0].serviceArea:", "categories[1].code:", "paidService.promiseWithin", "kpi:", "penalties.lateRevisit:", "reporting.rollUpDay:", "reporting.linkedUnitCategory:" })
        {
            Assert.True(error.Errors.Any(e => e.StartsWith(path, StringComparison.Ordinal)), $"{path} not in:\n{error.Message}");
        }

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownField_IsAnError_NotIgnored()
    {
        var json = Minimal.Replace("\"source\": \"test\"", "\"source\": \"test\", \"folowUp\": {}", StringComparison.Ordinal);
        var error = Assert.Throws<ProfileValidationException>(() => ProfileLoader.Load(json, "typo.json"));
        Assert.Contains("folowUp", error.Message, StringComparison.Ordinal);
    }
}
