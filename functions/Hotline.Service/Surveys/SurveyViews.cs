using Hotline.Domain.Privacy;
using Hotline.Domain.Staff;
using Hotline.Domain.Surveys;
using Hotline.Service.Api;

namespace Hotline.Service.Surveys;

public sealed record SampleView(string Area, string By, string Rating, string Comment, DateTimeOffset AtUtc);

public sealed record SurveyView(
    string Id, string ProfileId, DateOnly From, DateOnly To, IReadOnlyList<string> Areas, string PlannedBy, DateTimeOffset PlannedUtc,
    IReadOnlyList<AreaFigures> Figures, decimal? OverallPercent, IReadOnlyList<SampleView> Samples, SurveyReport? Report, bool Complete, int Version);

public sealed record SurveySummaryView(string Id, string ProfileId, DateOnly From, DateOnly To, int Areas, int AreasRecorded, int Samples, decimal? OverallPercent, bool Complete);

/// <summary>
/// Survey views. The survey's own people — the manager, the dispatchers and the functional supervisors (001 篇3 §2) — read the
/// owners' remarks as written; anyone else reading them (quality office, admins) sees any number in them masked (R-PV-1).
/// </summary>
public static class SurveyViews
{
    public static bool HasPart(Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Has(Role.Manager) || viewer.Has(Role.Agent) || viewer.Has(Role.Supervisor);
    }

    public static SurveyView Of(SatisfactionSurvey s, Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(s);
        var part = HasPart(viewer);
        var figures = SurveyFigures.Of(s);
        return new SurveyView(
            s.Id, s.ProfileId, s.From, s.To, [.. s.Areas], s.PlannedBy.Value, s.PlannedUtc, figures.Areas, figures.OverallPercent,
            [.. s.Samples.Select(x => new SampleView(x.Area, x.By.Value, CaseViews.RatingCode(x.Rating), part ? x.Comment : Mask.Text(x.Comment), x.AtUtc))],
            s.Report is { } r && !part ? r with { Findings = Mask.Text(r.Findings), CorrectiveMeasures = [.. r.CorrectiveMeasures.Select(Mask.Text)] } : s.Report,
            s.Report is not null, s.Version);
    }

    public static SurveySummaryView Summary(SatisfactionSurvey s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SurveySummaryView(s.Id, s.ProfileId, s.From, s.To, s.Areas.Length, s.Ballots.Length, s.Samples.Length, SurveyFigures.Of(s).OverallPercent, s.Report is not null);
    }
}
