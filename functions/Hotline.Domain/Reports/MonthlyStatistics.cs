using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>
/// 月统计 (R-RP-4 by category, R-RP-5 for the authorities): the month's cases and call records by category and by
/// service area. Where the profile reports linked units apart (12319), their complaints are left out of the category
/// and area rows and given their own block; <see cref="Overall"/> still counts everything the hotline received.
/// </summary>
/// <param name="LinkedUnits">12319 only; null elsewhere.</param>
/// <param name="Deadlines">Heating only: roll-up by the 20th, upstream report by the 23rd; null elsewhere.</param>
/// <param name="ByUnit">Per responsible unit (station, department; <see cref="CaseFacts.Unit"/>), the same cases as
/// <see cref="ByCategory"/>; the null row holds the call records and the unrouted.</param>
public sealed record MonthlyStatistics(
    string ProfileId,
    int Year,
    int Month,
    ReportPeriod Period,
    DateTimeOffset AsOfUtc,
    KpiReport Overall,
    IReadOnlyList<KpiBreakdownRow> ByCategory,
    IReadOnlyList<KpiBreakdownRow> ByServiceArea,
    LinkedUnitStatistics? LinkedUnits,
    ReportingDeadlines? Deadlines,
    IReadOnlyList<KpiBreakdownRow>? ByUnit = null)
{
    public static MonthlyStatistics Build(Profile profile, int year, int month, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cases);
        var policy = ReportingPolicy.For(profile);
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var asOf = period.AsOf(nowUtc);
        var facts = cases
            .Where(c => c.State.ProfileId == profile.Id && period.Contains(c.State.ReceivedUtc) && c.State.ReceivedUtc <= asOf)
            .Select(c => CaseFactsMapper.From(c.State, c.Ledger, profile, asOf))
            .ToList();

        var split = policy.LinkedUnitCategory;
        bool IsLinked(CaseFacts f) => split is not null && string.Equals(f.Category, split, StringComparison.Ordinal);
        var own = facts.Where(f => !IsLinked(f)).ToList();
        var linked = facts.Where(IsLinked).ToList();

        return new MonthlyStatistics(
            profile.Id, year, month, period, asOf,
            KpiCalculator.Calculate(facts, asOf, profile.Kpi),
            KpiCalculator.ByCategory(own, asOf, profile.Kpi),
            KpiCalculator.ByServiceArea(own, asOf, profile.Kpi),
            split is null ? null : new LinkedUnitStatistics(
                split,
                KpiCalculator.Calculate(linked, asOf, profile.Kpi),
                KpiCalculator.ByServiceArea(linked, asOf, profile.Kpi),
                ByLinkedUnit(linked, policy.LinkedUnits ?? [], asOf, profile.Kpi)),
            ReportingDeadlines.For(policy, profile.Calendar, year, month),
            KpiCalculator.By(own, f => f.Unit, asOf, profile.Kpi));
    }

    private static List<KpiBreakdownRow> ByLinkedUnit(List<CaseFacts> linked, IReadOnlyList<string> units, DateTimeOffset asOf, KpiTargets targets)
    {
        // Complaints recorded before the unit was named (or about a unit since removed from the profile) keep their own rows.
        var others = linked.Select(f => f.LinkedUnit).Where(u => u is null || !units.Contains(u, StringComparer.Ordinal)).Distinct();
        return units.Concat(others)
            .Select(unit => new KpiBreakdownRow(unit, KpiCalculator.Calculate(linked.Where(f => f.LinkedUnit == unit), asOf, targets)))
            .ToList();
    }
}

/// <summary>
/// R-RP-5: complaints about the linked units' quality, efficiency and attitude, with their own KPIs; R-DS-8: one row per
/// linked unit the profile names, in the profile's order, a unit without complaints included (the centre supervises each).
/// </summary>
public sealed record LinkedUnitStatistics(
    string Category, KpiReport Report, IReadOnlyList<KpiBreakdownRow> ByServiceArea, IReadOnlyList<KpiBreakdownRow> ByLinkedUnit);
