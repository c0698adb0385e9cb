using Hotline.Domain.Kpi;

namespace Hotline.Domain.Tests.Kpi;

/// <summary>Terse <see cref="CaseFacts"/> for tests; adjust with <c>with { ... }</c>.</summary>
internal static class FactsBuilder
{
    public static readonly DateTimeOffset Opened = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FeedbackDue = Opened.AddHours(24);

    private static int _next;

    public static CaseFacts Case(string category = "维修") => new()
    {
        CaseId = $"C-{Interlocked.Increment(ref _next):D4}",
        Category = category,
        ReceivedBy = "dispatcher-1",
        OpenedUtc = Opened,
    };

    public static CaseFacts CallRecord(string category = "咨询") => Case(category) with { IsCallRecord = true };

    public static CaseFacts Rated(SatisfactionRating rating, string? area = null) =>
        Case() with { ServiceArea = area, NeedsRevisit = true, RevisitedUtc = Opened.AddDays(3), Rating = rating };

    public static IEnumerable<CaseFacts> Times(this CaseFacts template, int count) =>
        Enumerable.Range(0, count).Select(_ => template with { CaseId = Case().CaseId });
}
