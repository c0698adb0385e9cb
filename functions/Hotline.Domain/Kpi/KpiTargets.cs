namespace Hotline.Domain.Kpi;

/// <summary>
/// Target percentages (0–100) a <see cref="KpiReport"/> is measured against. The defaults are the
/// GM-hotline profile's (R-RP-2, 000 §5.4–5.6): "投诉反馈及时率100%", "投诉回访率100%,回访满意率98%",
/// "投诉结案率80%以上".
/// </summary>
public sealed record KpiTargets(
    decimal FeedbackTimeliness = 100m,
    decimal RevisitRate = 100m,
    decimal Satisfaction = 98m,
    decimal ClosureRate = 80m)
{
    public static KpiTargets Default { get; } = new();

    internal void Validate()
    {
        Check(FeedbackTimeliness, nameof(FeedbackTimeliness));
        Check(RevisitRate, nameof(RevisitRate));
        Check(Satisfaction, nameof(Satisfaction));
        Check(ClosureRate, nameof(ClosureRate));

        static void Check(decimal target, string name)
        {
            if (target is < 0m or > 100m)
            {
                throw new ArgumentOutOfRangeException(name, target, "A KPI target is a percentage between 0 and 100.");
            }
        }
    }
}
