using Hotline.Domain.Cases;
using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>Builds the <see cref="MonthlySummary"/> from the cases received in the month (R-RP-1, R-RP-2, R-RP-3, R-RP-7).</summary>
public static class MonthlySummaryBuilder
{
    /// <param name="cases">The cases received in the month; others (and other profiles') are ignored. Ledgers give the accountability records.</param>
    public static MonthlySummary Build(Profile profile, int year, int month, DateTimeOffset nowUtc, IEnumerable<ReportCase> cases)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cases);
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var asOf = period.AsOf(nowUtc);
        var mine = cases.Where(c => c.State.ProfileId == profile.Id && period.Contains(c.State.ReceivedUtc) && c.State.ReceivedUtc <= asOf).ToList();

        var lines = mine
            .GroupBy(c => c.State.FirstOwner.Value, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Line(g.Key, g.ToList(), profile, period, asOf))
            .ToList();
        return new MonthlySummary(profile.Id, year, month, period, asOf, lines, Line(null, mine, profile, period, asOf));
    }

    private static DispatcherLine Line(string? dispatcher, List<ReportCase> cases, Profile profile, ReportPeriod period, DateTimeOffset asOf)
    {
        var facts = cases.Select(c => CaseFactsMapper.From(c.State, c.Ledger, profile, asOf)).ToList();
        var kpi = KpiCalculator.Calculate(facts, asOf, profile.Kpi);

        var forms = cases
            .SelectMany(c => c.State.Revisits.IsDefaultOrEmpty ? [] : c.State.Revisits)
            .Where(r => r.AtUtc <= asOf)
            .ToList();
        var satisfied = forms.Count(r => r.Rating is SatisfactionRating.Satisfied or SatisfactionRating.FairlySatisfied);

        var accountability = cases
            .Where(c => c.Ledger is not null)
            .SelectMany(c => AccountabilityLines.Read(c.State.Id, c.Ledger!, period.StartUtc, asOf < period.EndUtc ? asOf.AddTicks(1) : period.EndUtc))
            .OrderBy(r => r.CaseId, StringComparer.Ordinal)
            .ToList();

        return new DispatcherLine(
            dispatcher,
            Received: facts.Count,
            Opened: kpi.Volume.Opened,
            AnsweredOnSpot: cases.Count(c => c.State.Status == CaseStatus.Answered),
            Redirected: cases.Count(c => c.State.Status == CaseStatus.Redirected),
            Closed: facts.Count(f => f.Closed),
            ForceClosed: facts.Count(f => f.ForceClosed),
            Revisits: forms.Count,
            Satisfaction: KpiValue.Of(satisfied, forms.Count, profile.Kpi.Satisfaction),
            Kpi: kpi,
            KpiTargetsMet: TargetsMet(kpi),
            Accountability: accountability,
            Penalties: PenaltySchedule.Totals(profile.Penalties, accountability));
    }

    private static bool? TargetsMet(KpiReport kpi)
    {
        KpiValue[] all = [kpi.FeedbackTimeliness, kpi.RevisitRate, kpi.Satisfaction, kpi.ClosureRate];
        var measured = all.Where(v => v.Met is not null).ToList();
        return measured.Count == 0 ? null : measured.All(v => v.Met == true);
    }
}
