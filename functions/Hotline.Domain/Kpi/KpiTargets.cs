namespace Hotline.Domain.Kpi;

/// <summary>
/// Target percentages (0–100) a <see cref="KpiReport"/> is measured against, per profile (R-RP-2). A null target is
/// "no target": the KPI is reported, never judged. Only the GM hotline's seed gives targets (000 §5.4–5.6:
/// "投诉反馈及时率100%", "投诉回访率100%,回访满意率98%", "投诉结案率80%以上"); 001 leaves the qualifying rate to each
/// company or office (合格满意率由公司或管理处根据自己的实际情况定), so the others have none unless configured.
/// </summary>
public sealed record KpiTargets(
    decimal? FeedbackTimeliness = null,
    decimal? RevisitRate = null,
    decimal? Satisfaction = null,
    decimal? ClosureRate = null)
{
    /// <summary>No target for any KPI.</summary>
    public static KpiTargets None { get; } = new();

    internal void Validate()
    {
        Check(FeedbackTimeliness, nameof(FeedbackTimeliness));
        Check(RevisitRate, nameof(RevisitRate));
        Check(Satisfaction, nameof(Satisfaction));
        Check(ClosureRate, nameof(ClosureRate));

        static void Check(decimal? target, string name)
        {
            if (target is < 0m or > 100m)
            {
                throw new ArgumentOutOfRangeException(name, target, "A KPI target is a percentage between 0 and 100.");
            }
        }
    }
}
