using System.Collections.Immutable;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Surveys;

/// <summary>
/// A periodic satisfaction survey (定期全面综合回访, R-RV-7; 001 篇3 §2.2–3.1.3, 002 第1篇 §六). Not a case: the manager plans it
/// for a period and the service areas it asks about (the 14 items of 001 篇3 §3.1.1); ballots are sent and returned per area
/// with their A/B/C counts; functional supervisors add sampling revisits of their own areas; the manager ends it with a report
/// and corrective measures. Changes go through <see cref="SurveyRules"/>, which refuses what the procedure does not allow.
/// </summary>
public sealed record SatisfactionSurvey
{
    public required string Id { get; init; }
    public required string ProfileId { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }

    /// <summary>Service-area codes the ballot asks about (<see cref="Kpi.ServiceAreas"/>), in the form's order.</summary>
    public required ImmutableArray<string> Areas { get; init; }

    public required StaffId PlannedBy { get; init; }
    public required DateTimeOffset PlannedUtc { get; init; }
    public ImmutableArray<AreaBallots> Ballots { get; init; } = [];
    public ImmutableArray<SamplingRevisit> Samples { get; init; } = [];
    public SurveyReport? Report { get; init; }

    /// <summary>Bumped by every change; the store uses it for optimistic concurrency.</summary>
    public int Version { get; init; }

    public AreaBallots? BallotsFor(string area) => Ballots.FirstOrDefault(b => b.Area == area);
}

/// <summary>
/// One service area's ballots (定量): how many were sent and returned, and how the returned ballots rated the item
/// (A 满意, B 一般满意, C 不满意; a ballot may leave the item blank, so A+B+C ≤ returned).
/// </summary>
public sealed record AreaBallots(string Area, int Sent, int Returned, int Satisfied, int FairlySatisfied, int Dissatisfied, StaffId RecordedBy, DateTimeOffset RecordedUtc)
{
    /// <summary>单项服务满意率 = Σ(满意 + 一般满意) / 回收票数 × 100% (001 篇3 §3.1.3 c); null when nothing came back.</summary>
    public decimal? SatisfactionPercent => Returned == 0 ? null : Math.Round(100m * (Satisfied + FairlySatisfied) / Returned, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A functional supervisor's random or sampling revisit of their own service area (001 篇3 §2.2).</summary>
public sealed record SamplingRevisit(string Area, StaffId By, SatisfactionRating Rating, string Comment, DateTimeOffset AtUtc);

/// <summary>The manager's survey report: what was found and the corrective measures to carry out (001 篇3 §2.3).</summary>
public sealed record SurveyReport(string Findings, ImmutableArray<string> CorrectiveMeasures, StaffId By, DateTimeOffset AtUtc);

/// <summary>A change <see cref="SurveyRules"/> refused: the rule, the field at fault and why.</summary>
public sealed record SurveyRefusal(string Rule, string Field, string Reason, bool Forbidden = false);
