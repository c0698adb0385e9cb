using Hotline.Domain.Calendar;
using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Kpi;

/// <summary>R-RP-2: targets only where the seed gives them; the feedback-timeliness window is the profile's.</summary>
public sealed class KpiTargetsPerProfileTests
{
    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void GmHotline_HasTheSeedTargets_100_100_98_80()
    {
        Assert.Equal(new KpiTargets(100m, 100m, 98m, 80m), ProfileCatalog.BuiltIn["gm-hotline"].Kpi);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void Heating_HasOnlyTheRevisitRateTargetOf003()
    {
        Assert.Equal(new KpiTargets(RevisitRate: 100m), ProfileCatalog.BuiltIn["heating-supervision"].Kpi);
    }

    [Theory]
    [Trait("Rule", "R-RP-2")]
    [InlineData("park-dispatch")]
    [InlineData("municipal-12319")]
    [InlineData("property-hotline")]
    public void SeedWithoutTargets_ReportsNoTarget(string profileId)
    {
        var profile = ProfileCatalog.BuiltIn[profileId];
        Assert.Equal(KpiTargets.None, profile.Kpi);

        var report = KpiCalculator.Calculate([new CaseFacts { CaseId = "1", Category = "x", ReceivedBy = "a", OpenedUtc = Local("2026-11-16 09:00"), Closed = true }], Local("2026-12-01 00:00"), profile.Kpi);

        Assert.Equal(new KpiValue(1, 1, 100.0m, null, null), report.ClosureRate);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void FeedbackWindow_IsTheProfileSetting_24hByDefault()
    {
        var s = Receive("park-dispatch", "2026-11-16 09:00", "agent1", "repair");
        var park = ProfileCatalog.BuiltIn["park-dispatch"];

        var byDefault = CaseFactsMapper.From(s.State, [.. s.Ledger], park, asOfUtc: null);
        var twoHours = CaseFactsMapper.From(s.State, [.. s.Ledger], park with { FeedbackWithin = DeadlineSpec.Parse("PT2H") }, asOfUtc: null);

        Assert.Equal(Local("2026-11-17 09:00"), byDefault.FeedbackDueUtc);
        Assert.Equal(Local("2026-11-16 11:00"), twoHours.FeedbackDueUtc);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void FeedbackWindow_ReadFromProfileJson()
    {
        var json = """
            { "id": "tiny", "name": "Tiny", "source": "test", "calendar": { "holidays": ["cn-2026"] },
              "categories": [ { "code": "repair", "name": "维修", "units": ["engineering"] } ],
              "kpi": { "satisfaction": 90, "feedbackWithin": "PT12H" } }
            """;

        var profile = ProfileLoader.Load(json, "tiny.json");

        Assert.Equal(DeadlineSpec.Parse("PT12H"), profile.FeedbackWithin);
        Assert.Equal(new KpiTargets(Satisfaction: 90m), profile.Kpi);
    }
}
