namespace Hotline.Domain.Kpi;

/// <summary>
/// Pure KPI arithmetic over <see cref="CaseFacts"/> (R-RP-2, R-RP-3, R-RV-5, R-IN-3).
/// </summary>
/// <remarks>
/// Call records count in <see cref="KpiReport.Volume"/> only; every ratio is over opened cases.
/// Time comes in as <c>asOfUtc</c>: it decides when a missing first response becomes late.
/// </remarks>
public static class KpiCalculator
{
    public static KpiReport Calculate(IEnumerable<CaseFacts> facts, DateTimeOffset asOfUtc, KpiTargets? targets = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        targets ??= KpiTargets.None;
        targets.Validate();

        var all = facts.ToList();
        var opened = all.Where(f => !f.IsCallRecord).ToList();

        // Owed = a response was given, or its due time has passed without one (late at asOf).
        // A response still inside its window is neither on time nor late yet, so it is left out.
        var feedbackOwed = opened
            .Where(f => f.FeedbackDueUtc is not null && (f.FeedbackUtc is not null || f.FeedbackDueUtc <= asOfUtc))
            .ToList();
        var feedbackOnTime = feedbackOwed.Count(f => f.FeedbackUtc <= f.FeedbackDueUtc);

        var needingRevisit = opened.Where(f => f.NeedsRevisit).ToList();
        var revisited = needingRevisit.Count(f => f.RevisitedUtc is not null);

        var rated = opened.Where(f => f.Rating is not null).ToList();
        var satisfied = rated.Count(f => f.Rating is SatisfactionRating.Satisfied or SatisfactionRating.FairlySatisfied);

        // R-RP-2: the closure rate is what was resolved; forced closures are reported beside it, not inside it.
        var resolved = opened.Count(f => f.IsClosed && !f.ForceClosed);

        return new KpiReport(
            asOfUtc,
            Volume(all, opened.Count),
            KpiValue.Of(feedbackOnTime, feedbackOwed.Count, targets.FeedbackTimeliness),
            KpiValue.Of(revisited, needingRevisit.Count, targets.RevisitRate),
            KpiValue.Of(satisfied, rated.Count, targets.Satisfaction),
            KpiValue.Of(resolved, opened.Count, targets.ClosureRate),
            opened.Count(f => f.ForceClosed));
    }

    /// <summary>
    /// One report per distinct key, ordered by key (ordinal), the null key last.
    /// </summary>
    public static IReadOnlyList<KpiBreakdownRow> By(
        IEnumerable<CaseFacts> facts,
        Func<CaseFacts, string?> keySelector,
        DateTimeOffset asOfUtc,
        KpiTargets? targets = null)
    {
        ArgumentNullException.ThrowIfNull(keySelector);
        return Group(facts, keySelector, asOfUtc, targets, rows => rows
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal));
    }

    public static IReadOnlyList<KpiBreakdownRow> ByCategory(
        IEnumerable<CaseFacts> facts, DateTimeOffset asOfUtc, KpiTargets? targets = null) =>
        By(facts, f => f.Category, asOfUtc, targets);

    public static IReadOnlyList<KpiBreakdownRow> ByAssignee(
        IEnumerable<CaseFacts> facts, DateTimeOffset asOfUtc, KpiTargets? targets = null) =>
        By(facts, f => f.Assignee, asOfUtc, targets);

    /// <summary>Per receiving staff member, for the dispatcher's monthly summary (R-RP-1).</summary>
    public static IReadOnlyList<KpiBreakdownRow> ByReceiver(
        IEnumerable<CaseFacts> facts, DateTimeOffset asOfUtc, KpiTargets? targets = null) =>
        By(facts, f => f.ReceivedBy, asOfUtc, targets);

    /// <summary>
    /// Per service area (R-RP-3 单项服务满意率), in the revisit form's order A–N; codes the form does not
    /// know follow in ordinal order, then the unclassified (null) row.
    /// </summary>
    public static IReadOnlyList<KpiBreakdownRow> ByServiceArea(
        IEnumerable<CaseFacts> facts, DateTimeOffset asOfUtc, KpiTargets? targets = null) =>
        Group(facts, f => f.ServiceArea, asOfUtc, targets, rows => rows
            .OrderBy(g => g.Key is null)
            .ThenBy(g => FormPosition(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal));

    private static List<KpiBreakdownRow> Group(
        IEnumerable<CaseFacts> facts,
        Func<CaseFacts, string?> keySelector,
        DateTimeOffset asOfUtc,
        KpiTargets? targets,
        Func<IEnumerable<IGrouping<string?, CaseFacts>>, IEnumerable<IGrouping<string?, CaseFacts>>> order)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var groups = facts.GroupBy(keySelector, StringComparer.Ordinal);
        return order(groups)
            .Select(g => new KpiBreakdownRow(g.Key, Calculate(g, asOfUtc, targets)))
            .ToList();
    }

    private static int FormPosition(string? code)
    {
        var area = code is null ? null : ServiceAreas.Find(code);
        return area is null ? int.MaxValue : area.Letter - 'A';
    }

    private static VolumeCounts Volume(List<CaseFacts> all, int opened)
    {
        var byCategory = all
            .GroupBy(f => f.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryCount(g.Key, g.Count()))
            .ToList();
        return new VolumeCounts(all.Count, all.Count - opened, opened, byCategory);
    }
}
