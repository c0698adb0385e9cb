using Hotline.Domain.Kpi;

namespace Hotline.Domain.Surveys;

/// <summary>One area's line of the survey figures (定量, 001 篇3 §3.1.3).</summary>
public sealed record AreaFigures(
    string Area, char Letter, string Name, int Sent, int Returned, int Satisfied, int FairlySatisfied, int Dissatisfied,
    decimal? SatisfactionPercent, int Samples, int SamplesDissatisfied);

/// <summary>The survey's figures: per area, plus 综合评议满意率 (the M item's rate) when the survey asked about it.</summary>
public sealed record SurveyFigures(string SurveyId, DateOnly From, DateOnly To, IReadOnlyList<AreaFigures> Areas, decimal? OverallPercent, SurveyReport? Report)
{
    public static SurveyFigures Of(SatisfactionSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var lines = survey.Areas.Select(code =>
        {
            var def = ServiceAreas.Find(code)!;
            var b = survey.BallotsFor(code);
            var samples = survey.Samples.Where(s => s.Area == code).ToList();
            return new AreaFigures(
                code, def.Letter, def.Name, b?.Sent ?? 0, b?.Returned ?? 0, b?.Satisfied ?? 0, b?.FairlySatisfied ?? 0, b?.Dissatisfied ?? 0,
                b?.SatisfactionPercent, samples.Count, samples.Count(s => s.Rating == SatisfactionRating.Dissatisfied));
        }).ToList();
        var overall = lines.FirstOrDefault(l => l.Area == ServiceAreas.Overall.Code)?.SatisfactionPercent;
        return new SurveyFigures(survey.Id, survey.From, survey.To, lines, overall, survey.Report);
    }
}
