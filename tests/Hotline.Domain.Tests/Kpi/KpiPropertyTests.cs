using FsCheck;
using FsCheck.Fluent;
using Hotline.Domain.Kpi;

namespace Hotline.Domain.Tests.Kpi;

public sealed class KpiPropertyTests
{
    private static readonly DateTimeOffset AsOf = FactsBuilder.Opened.AddDays(2);

    /// <summary>Times within ±3 days of asOf, or none, so due/late/pending cases all occur.</summary>
    private static readonly Gen<DateTimeOffset?> Instant =
        Gen.Choose(-72, 72).Select(h => (DateTimeOffset?)AsOf.AddHours(h))
            .Or(Gen.Constant<DateTimeOffset?>(null));

    private static readonly Gen<CaseFacts> Fact =
        from isCallRecord in Gen.Elements(false, false, true)
        from category in Gen.Elements("维修", "咨询", "保洁")
        from due in Instant
        from feedback in Instant
        from needsRevisit in Gen.Elements(true, false)
        from revisited in Instant
        from rating in Gen.Elements<SatisfactionRating?>(
            null, SatisfactionRating.Satisfied, SatisfactionRating.FairlySatisfied, SatisfactionRating.Dissatisfied)
        from closed in Gen.Elements(true, false)
        from forceClosed in Gen.Elements(false, false, true)
        select FactsBuilder.Case(category) with
        {
            IsCallRecord = isCallRecord, FeedbackDueUtc = due, FeedbackUtc = feedback, NeedsRevisit = needsRevisit,
            RevisitedUtc = revisited, Rating = rating, Closed = closed, ForceClosed = forceClosed,
        };

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void AnyFacts_EveryPercentWithin0To100_AndNumeratorAtMostDenominator()
    {
        Prop.ForAll(Gen.ListOf(Fact).ToArbitrary(), facts =>
        {
            var report = KpiCalculator.Calculate(facts, AsOf);
            KpiValue[] values = [report.FeedbackTimeliness, report.RevisitRate, report.Satisfaction, report.ClosureRate];
            return values.All(v =>
                    v.Numerator >= 0 && v.Numerator <= v.Denominator
                    && (v.Denominator == 0 ? v.Percent is null : v.Percent is >= 0m and <= 100m))
                && report.Volume.TotalReceived == facts.Count
                && report.Volume.ByCategory.Sum(c => c.Count) == facts.Count;
        }).QuickCheckThrowOnFailure();
    }
}
