using System.Collections.Immutable;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Surveys;

/// <summary>What may happen to a satisfaction survey, and who may do it (R-RV-7). Each method returns the new survey or a refusal.</summary>
public static class SurveyRules
{
    private const string Rule = "R-RV-7";

    /// <summary>The manager plans the comprehensive survey: its period and the service areas it asks about (001 篇3 §2.3).</summary>
    public static (SatisfactionSurvey? Survey, SurveyRefusal? Refusal) Plan(
        string id, string profileId, DateOnly from, DateOnly to, IReadOnlyList<string> areas, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Has(Role.Manager))
        {
            return Refuse("by", "The manager (管理处负责人) plans the comprehensive survey.", forbidden: true);
        }

        if (to < from)
        {
            return Refuse("to", "The period ends before it starts.");
        }

        if (areas.Count == 0)
        {
            return Refuse("areas", "Name at least one service area the ballot asks about.");
        }

        if (areas.FirstOrDefault(a => ServiceAreas.Find(a) is null) is { } unknown)
        {
            return Refuse("areas", $"'{unknown}' is not one of the 14 service areas ({string.Join(", ", ServiceAreas.All.Select(a => a.Code))}).");
        }

        var ordered = ServiceAreas.All.Where(a => areas.Contains(a.Code)).Select(a => a.Code).ToImmutableArray();
        return (new SatisfactionSurvey { Id = id, ProfileId = profileId, From = from, To = to, Areas = ordered, PlannedBy = by.Id, PlannedUtc = at, Version = 1 }, null);
    }

    /// <summary>The ballots of one area, sent and returned with their A/B/C counts; recording an area again corrects it.</summary>
    public static (SatisfactionSurvey? Survey, SurveyRefusal? Refusal) RecordBallots(
        SatisfactionSurvey survey, string area, int sent, int returned, int satisfied, int fairly, int dissatisfied, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Has(Role.Manager) && !by.Has(Role.Agent) && !by.Has(Role.Supervisor))
        {
            return Refuse("by", "Ballots are recorded by the dispatcher, a functional supervisor or the manager.", forbidden: true);
        }

        if (survey.Report is not null)
        {
            return Refuse("area", "The survey's report is written: its ballots are final.");
        }

        if (!survey.Areas.Contains(area))
        {
            return Refuse("area", $"'{area}' is not asked about in this survey: {string.Join(", ", survey.Areas)}.");
        }

        if (sent < 0 || returned < 0 || satisfied < 0 || fairly < 0 || dissatisfied < 0)
        {
            return Refuse("sent", "Counts cannot be negative.");
        }

        if (returned > sent)
        {
            return Refuse("returned", $"{returned} ballots returned but only {sent} sent.");
        }

        if (satisfied + fairly + dissatisfied > returned)
        {
            return Refuse("satisfied", $"A+B+C = {satisfied + fairly + dissatisfied} ratings exceed the {returned} ballots returned.");
        }

        var ballots = new AreaBallots(area, sent, returned, satisfied, fairly, dissatisfied, by.Id, at);
        return (survey with { Ballots = [.. survey.Ballots.Where(b => b.Area != area), ballots], Version = survey.Version + 1 }, null);
    }

    /// <summary>A functional supervisor's sampling revisit of an area the survey covers (001 篇3 §2.2).</summary>
    public static (SatisfactionSurvey? Survey, SurveyRefusal? Refusal) RecordSample(
        SatisfactionSurvey survey, string area, SatisfactionRating rating, string comment, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Has(Role.Supervisor) && !by.Has(Role.Manager))
        {
            return Refuse("by", "Sampling revisits are made by the functional supervisors (职能主管).", forbidden: true);
        }

        if (survey.Report is not null)
        {
            return Refuse("area", "The survey's report is written.");
        }

        if (!survey.Areas.Contains(area))
        {
            return Refuse("area", $"'{area}' is not asked about in this survey.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return Refuse("comment", "Record what the owner said (定性意见).");
        }

        var sample = new SamplingRevisit(area, by.Id, rating, comment.Trim(), at);
        return (survey with { Samples = [.. survey.Samples, sample], Version = survey.Version + 1 }, null);
    }

    /// <summary>The manager's report with corrective measures ends the survey; every area's ballots must be in (001 篇3 §2.3).</summary>
    public static (SatisfactionSurvey? Survey, SurveyRefusal? Refusal) Report(
        SatisfactionSurvey survey, string findings, IReadOnlyList<string> measures, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Has(Role.Manager))
        {
            return Refuse("by", "The manager writes the survey report.", forbidden: true);
        }

        if (survey.Report is not null)
        {
            return Refuse("findings", "The report was written already.");
        }

        if (survey.Areas.FirstOrDefault(a => survey.BallotsFor(a) is null) is { } missing)
        {
            return Refuse("ballots", $"The ballots of '{missing}' are not recorded yet.");
        }

        if (string.IsNullOrWhiteSpace(findings))
        {
            return Refuse("findings", "Say what the survey found.");
        }

        var kept = measures.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToImmutableArray();
        if (kept.IsEmpty)
        {
            return Refuse("correctiveMeasures", "A survey report ends in corrective measures (整改措施).");
        }

        return (survey with { Report = new SurveyReport(findings.Trim(), kept, by.Id, at), Version = survey.Version + 1 }, null);
    }

    private static (SatisfactionSurvey?, SurveyRefusal?) Refuse(string field, string reason, bool forbidden = false) =>
        (null, new SurveyRefusal(Rule, field, reason, forbidden));
}
