using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>
/// The quality office's records for a month (R-RP-11, R-RP-10): the service-quality assessment record (服务质量考评记录,
/// QR-8.2.1-01-13) — every assessment of a unit head made in the month, and the closed complaints still waiting for one —
/// and the 《纠正与预防措施》 reports owed or filed. Figures and staff ids only, no caller data (R-PV-1); the print form is
/// built on this data.
/// </summary>
/// <param name="AwaitingAssessment">Complaints closed by the as-of instant and not assessed by then, oldest first, whatever month they closed in.</param>
/// <param name="CorrectiveActions">Reports filed in the month, and every report still owed at the as-of instant.</param>
public sealed record QualityRecordsReport(
    string ProfileId,
    int Year,
    int Month,
    ReportPeriod Period,
    DateTimeOffset AsOfUtc,
    IReadOnlyList<AssessmentLine> Assessments,
    IReadOnlyList<AwaitingAssessmentLine> AwaitingAssessment,
    IReadOnlyList<CorrectiveActionLine> CorrectiveActions)
{
    /// <param name="cases">Every case of the profile that may have a record in the month (received before its end).</param>
    public static QualityRecordsReport Build(Profile profile, int year, int month, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cases);
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var asOf = period.AsOf(nowUtc);
        var mine = cases.Select(c => c.State).Where(s => s.ProfileId == profile.Id && s.ReceivedUtc <= asOf).ToList();

        var assessments = mine
            .Where(s => s.Assessment is { } a && period.Contains(a.AtUtc) && a.AtUtc <= asOf)
            .OrderBy(s => s.Assessment!.AtUtc).ThenBy(s => s.Id.Value, StringComparer.Ordinal)
            .Select(s => AssessmentLine.Of(s, profile))
            .ToList();
        var awaiting = profile.Closure.AssessUnitHead
            ? mine
                .Where(s => s.Closure is { } c && c.AtUtc <= asOf && (s.Assessment is null || s.Assessment.AtUtc > asOf))
                .OrderBy(s => s.Closure!.AtUtc).ThenBy(s => s.Id.Value, StringComparer.Ordinal)
                .Select(s => new AwaitingAssessmentLine(s.Id.Value, CategoryName(profile, s), s.UnitOfHead, s.UnitHead?.Value, s.Closure!.AtUtc, Rating(s)))
                .ToList()
            : [];
        var corrective = mine
            .Where(s => s.CorrectiveAction is { } r && r.OwedSinceUtc <= asOf
                && (r.FiledUtc is not { } filed || filed > asOf || period.Contains(filed)))
            .OrderBy(s => s.CorrectiveAction!.OwedSinceUtc).ThenBy(s => s.Id.Value, StringComparer.Ordinal)
            .Select(s => CorrectiveActionLine.Of(s, profile, asOf))
            .ToList();
        return new QualityRecordsReport(profile.Id, year, month, period, asOf, assessments, awaiting, corrective);
    }

    internal static string CategoryName(Profile profile, CaseState s) => profile.FindCategory(s.Category)?.Name ?? s.Category;

    /// <summary>The rating the complaint ended with: the last closing revisit's (A/B/C), null when none was returned.</summary>
    internal static string? Rating(CaseState s) => s.LastRevisit(RevisitStage.Closing)?.Rating switch
    {
        SatisfactionRating.Satisfied => "A",
        SatisfactionRating.FairlySatisfied => "B",
        SatisfactionRating.Dissatisfied => "C",
        _ => null,
    };
}

/// <summary>One line of the 服务质量考评记录: the complaint, the unit head assessed, the verdict and who gave it.</summary>
/// <param name="DissatisfiedRevisits">Closing revisits rated C (不满意) before the complaint was put right.</param>
public sealed record AssessmentLine(
    string CaseId,
    DateTimeOffset ReceivedUtc,
    string Category,
    string? Unit,
    string? UnitHead,
    ClosureOutcome? Outcome,
    DateTimeOffset? ClosedUtc,
    string? Rating,
    int DissatisfiedRevisits,
    AssessmentVerdict Verdict,
    string VerdictLabel,
    string Comment,
    string AssessedBy,
    DateTimeOffset AssessedUtc)
{
    public static AssessmentLine Of(CaseState s, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(s);
        var a = s.Assessment ?? throw new ArgumentException($"Case {s.Id} has no assessment.", nameof(s));
        return new AssessmentLine(
            s.Id.Value, s.ReceivedUtc, QualityRecordsReport.CategoryName(profile, s), a.Unit, a.UnitHead?.Value, s.Closure?.Outcome, s.Closure?.AtUtc,
            QualityRecordsReport.Rating(s),
            s.Revisits.IsDefaultOrEmpty ? 0 : s.Revisits.Count(r => r.Stage == RevisitStage.Closing && r.Rating == SatisfactionRating.Dissatisfied),
            a.Verdict, a.Verdict == AssessmentVerdict.Satisfactory ? "合格" : "不合格", a.Comment, a.By.Value, a.AtUtc);
    }
}

public sealed record AwaitingAssessmentLine(string CaseId, string Category, string? Unit, string? UnitHead, DateTimeOffset ClosedUtc, string? Rating);

/// <param name="Filed">Filed by the as-of instant.</param>
public sealed record CorrectiveActionLine(
    string CaseId, string Category, string Cause, DateTimeOffset OwedSinceUtc, bool Filed, string? Reference, string? Summary, string? FiledBy, DateTimeOffset? FiledUtc)
{
    public static CorrectiveActionLine Of(CaseState s, Profile profile, DateTimeOffset asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(s);
        var r = s.CorrectiveAction ?? throw new ArgumentException($"Case {s.Id} owes no corrective action report.", nameof(s));
        var filed = r.FiledUtc is { } at && at <= asOfUtc;
        return filed
            ? new CorrectiveActionLine(s.Id.Value, QualityRecordsReport.CategoryName(profile, s), r.Cause, r.OwedSinceUtc, true, r.Reference, r.Summary, r.FiledBy?.Value, r.FiledUtc)
            : new CorrectiveActionLine(s.Id.Value, QualityRecordsReport.CategoryName(profile, s), r.Cause, r.OwedSinceUtc, false, null, null, null, null);
    }
}
