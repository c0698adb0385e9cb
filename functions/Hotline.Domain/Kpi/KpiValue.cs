namespace Hotline.Domain.Kpi;

/// <summary>
/// One KPI: a ratio, its percentage and whether it meets its target.
/// </summary>
/// <param name="Percent">
/// Numerator / denominator × 100, rounded to one decimal place with midpoints away from zero
/// (6.25 → 6.3, the way the figure is rounded by hand on the paper forms; banker's rounding would
/// print 6.2). Null when the denominator is 0: "no case was due" is not 0% and not 100%.
/// </param>
/// <param name="Target">The profile's target; null when it sets none ("no target", R-RP-2).</param>
/// <param name="Met">
/// Null when the denominator is 0 or there is no target. Otherwise decided on the exact fraction, not on the rounded
/// <paramref name="Percent"/>: 4899 of 5000 shows as 98.0% yet does not meet a 98% target.
/// A 100% target is met only by every case, never by a rounding artefact.
/// </param>
public sealed record KpiValue(int Numerator, int Denominator, decimal? Percent, decimal? Target, bool? Met)
{
    public static KpiValue Of(int numerator, int denominator, decimal? target)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);

        if (denominator == 0)
        {
            return new KpiValue(0, 0, null, target, null);
        }

        var percent = Math.Round(numerator * 100m / denominator, 1, MidpointRounding.AwayFromZero);
        bool? met = target is { } t ? numerator * 100m >= t * denominator : null;
        return new KpiValue(numerator, denominator, percent, target, met);
    }
}
