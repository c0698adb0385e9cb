using Hotline.Domain.Surveys;
using Hotline.Domain.Tests.Support;

namespace Hotline.Domain.Tests.Surveys;

/// <summary>R-RV-7 (001 篇3): the manager's periodic survey, ballots per service area, supervisors' samples, the report.</summary>
public sealed class SatisfactionSurveyTests
{
    private static readonly DateTimeOffset At = Scenario.Local("2026-12-01 09:00");

    private static SatisfactionSurvey Planned(params string[] areas)
    {
        var (survey, refusal) = SurveyRules.Plan("S-2026Q4", "park-dispatch", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), areas, TestOrg.Actor("mgr"), At);
        Assert.Null(refusal);
        return survey!;
    }

    [Fact]
    [Trait("Rule", "R-RV-7")]
    public void ItemSatisfaction_IsAPlusBOverReturned_AndOverallIsTheMItem()
    {
        var s = Planned("Overall", "Cleaning", "Security");
        Assert.Equal(new[] { "Security", "Cleaning", "Overall" }, s.Areas.ToArray()); // the form's order D, F, M
        s = SurveyRules.RecordBallots(s, "Cleaning", 200, 160, 90, 40, 20, TestOrg.Agent, At).Survey!;
        s = SurveyRules.RecordBallots(s, "Security", 200, 160, 150, 6, 4, TestOrg.Agent, At).Survey!;
        s = SurveyRules.RecordBallots(s, "Overall", 200, 150, 100, 35, 15, TestOrg.Agent, At).Survey!;

        var figures = SurveyFigures.Of(s);
        Assert.Equal(81.3m, figures.Areas.Single(a => a.Area == "Cleaning").SatisfactionPercent); // (90+40)/160 = 81.25 %
        Assert.Equal(97.5m, figures.Areas.Single(a => a.Area == "Security").SatisfactionPercent); // 156/160
        Assert.Equal(90.0m, figures.OverallPercent); // 135/150
        Assert.Equal(('F', 200, 160), (figures.Areas[1].Letter, figures.Areas[1].Sent, figures.Areas[1].Returned));
    }

    [Fact]
    [Trait("Rule", "R-RV-7")]
    public void Ballots_MoreReturnedThanSentOrMoreRatingsThanReturned_Refused()
    {
        var s = Planned("Cleaning");

        Assert.Equal("returned", SurveyRules.RecordBallots(s, "Cleaning", 10, 11, 0, 0, 0, TestOrg.Agent, At).Refusal!.Field);
        Assert.Equal("satisfied", SurveyRules.RecordBallots(s, "Cleaning", 10, 8, 5, 3, 1, TestOrg.Agent, At).Refusal!.Field);
        Assert.Equal("area", SurveyRules.RecordBallots(s, "Parking", 10, 8, 5, 3, 0, TestOrg.Agent, At).Refusal!.Field);
        Assert.Null(SurveyFigures.Of(s).Areas.Single().SatisfactionPercent);
    }

    [Fact]
    [Trait("Rule", "R-RV-7")]
    public void Plan_OnlyTheManager_WithKnownAreasAndAPeriod()
    {
        Assert.True(SurveyRules.Plan("x", "p", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), ["Cleaning"], TestOrg.Agent, At).Refusal!.Forbidden);
        Assert.Equal("areas", SurveyRules.Plan("x", "p", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), ["Laundry"], TestOrg.Actor("mgr"), At).Refusal!.Field);
        Assert.Equal("to", SurveyRules.Plan("x", "p", new DateOnly(2026, 3, 1), new DateOnly(2026, 1, 31), ["Cleaning"], TestOrg.Actor("mgr"), At).Refusal!.Field);
    }

    [Fact]
    [Trait("Rule", "R-RV-7")]
    public void SupervisorsSample_TheReportNeedsEveryAreasBallotsAndCorrectiveMeasures_ThenTheSurveyIsFinal()
    {
        var s = Planned("Cleaning", "Parking");
        s = SurveyRules.RecordSample(s, "Cleaning", SatisfactionRating.Dissatisfied, "楼道清扫不及时", TestOrg.Actor("cleaning-head"), At).Survey!;
        Assert.True(SurveyRules.RecordSample(s, "Cleaning", SatisfactionRating.Satisfied, "好", TestOrg.Actor("cleaning-1"), At).Refusal!.Forbidden);
        s = SurveyRules.RecordBallots(s, "Cleaning", 50, 40, 20, 10, 10, TestOrg.Agent, At).Survey!;

        Assert.Equal("ballots", SurveyRules.Report(s, "清洁偏低", ["增加楼道清扫频次"], TestOrg.Actor("mgr"), At).Refusal!.Field);
        s = SurveyRules.RecordBallots(s, "Parking", 50, 40, 35, 5, 0, TestOrg.Agent, At).Survey!;
        Assert.True(SurveyRules.Report(s, "清洁偏低", ["增加频次"], TestOrg.Agent, At).Refusal!.Forbidden);
        Assert.Equal("correctiveMeasures", SurveyRules.Report(s, "清洁偏低", [" "], TestOrg.Actor("mgr"), At).Refusal!.Field);

        s = SurveyRules.Report(s, "清洁满意率75%，低于目标", ["增加楼道清扫频次", "清洁主管每周抽查"], TestOrg.Actor("mgr"), At).Survey!;
        var figures = SurveyFigures.Of(s);
        Assert.Equal((1, 1), (figures.Areas[0].Samples, figures.Areas[0].SamplesDissatisfied));
        Assert.Equal(2, figures.Report!.CorrectiveMeasures.Length);
        Assert.NotNull(SurveyRules.RecordBallots(s, "Parking", 50, 41, 35, 5, 0, TestOrg.Agent, At).Refusal);
    }
}
