using Hotline.Domain.Kpi;
using static Hotline.Domain.Tests.Kpi.FactsBuilder;

namespace Hotline.Domain.Tests.Kpi;

public sealed class KpiCalculatorTests
{
    /// <summary>The GM hotline\'s targets (000 §5.4–5.6), the only seed that sets all four.</summary>
    private static readonly KpiTargets Gm = Hotline.Domain.Profiles.ProfileCatalog.BuiltIn["gm-hotline"].Kpi;

    private static readonly DateTimeOffset AsOf = Opened.AddDays(30);

    [Fact]
    [Trait("Rule", "R-RP-3")]
    [Trait("Rule", "R-RV-5")]
    public void Satisfaction_47OfFiftyAorB_Is94AndMisses98()
    {
        var facts = Rated(SatisfactionRating.Satisfied).Times(40)
            .Concat(Rated(SatisfactionRating.FairlySatisfied).Times(7))
            .Concat(Rated(SatisfactionRating.Dissatisfied).Times(3));

        var satisfaction = KpiCalculator.Calculate(facts, AsOf, Gm).Satisfaction;

        Assert.Equal(new KpiValue(47, 50, 94.0m, 98m, false), satisfaction);
    }

    [Fact]
    [Trait("Rule", "R-RP-3")]
    public void Satisfaction_OnlyReturnedRatingsCount()
    {
        var facts = new[]
        {
            Rated(SatisfactionRating.FairlySatisfied),
            Case() with { NeedsRevisit = true, RevisitedUtc = Opened.AddDays(1) }, // revisited, no rating returned
        };

        var satisfaction = KpiCalculator.Calculate(facts, AsOf, Gm).Satisfaction;

        Assert.Equal((1, 1, true), (satisfaction.Numerator, satisfaction.Denominator, satisfaction.Met));
    }

    [Fact]
    public void Calculate_NoFacts_EveryKpiHasNoPercent()
    {
        var report = KpiCalculator.Calculate([], AsOf, Gm);

        Assert.All(
            new[] { report.FeedbackTimeliness, report.RevisitRate, report.Satisfaction, report.ClosureRate },
            v => Assert.Equal((0, null, (bool?)null), (v.Denominator, v.Percent, v.Met)));
        Assert.Equal((0, 0, 0), (report.Volume.TotalReceived, report.Volume.CallRecords, report.Volume.Opened));
        Assert.Empty(report.Volume.ByCategory);
    }

    [Fact]
    [Trait("Rule", "R-IN-3")]
    public void CallRecords_CountInVolume_NotInClosureRate()
    {
        var facts = new[]
        {
            CallRecord("咨询"), CallRecord("咨询"), CallRecord("维修"),
            Case("维修") with { Closed = true }, Case("维修"),
        };

        var report = KpiCalculator.Calculate(facts, AsOf, Gm);

        Assert.Equal((5, 3, 2), (report.Volume.TotalReceived, report.Volume.CallRecords, report.Volume.Opened));
        Assert.Equal([new CategoryCount("咨询", 2), new CategoryCount("维修", 3)], report.Volume.ByCategory);
        Assert.Equal(new KpiValue(1, 2, 50.0m, 80m, false), report.ClosureRate);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    [Trait("Rule", "R-CL-7")]
    public void ForcedClosures_CountedApart_NotAsResolved()
    {
        var facts = new[]
        {
            Case("维修") with { Closed = true },
            Case("维修") with { Closed = true, ForceClosed = true },
            Case("维修") with { ForceClosed = true },
            Case("维修"),
        };

        var report = KpiCalculator.Calculate(facts, AsOf, Gm);

        Assert.Equal((1, 4), (report.ClosureRate.Numerator, report.ClosureRate.Denominator));
        Assert.Equal(2, report.ForceClosed);
    }

    [Fact]
    [Trait("Rule", "R-IN-3")]
    public void CallRecords_NeverEnterFeedbackRevisitOrSatisfaction()
    {
        var callRecord = CallRecord() with
        {
            FeedbackDueUtc = FeedbackDue, NeedsRevisit = true, Rating = SatisfactionRating.Dissatisfied,
        };

        var report = KpiCalculator.Calculate([callRecord], AsOf, Gm);

        Assert.Equal(0, report.FeedbackTimeliness.Denominator);
        Assert.Equal(0, report.RevisitRate.Denominator);
        Assert.Equal(0, report.Satisfaction.Denominator);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void FeedbackTimeliness_MissingResponsePastDue_IsLateAtAsOf()
    {
        var onTime = Case() with { FeedbackDueUtc = FeedbackDue, FeedbackUtc = FeedbackDue };
        var lateGiven = Case() with { FeedbackDueUtc = FeedbackDue, FeedbackUtc = FeedbackDue.AddMinutes(1) };
        var missing = Case() with { FeedbackDueUtc = FeedbackDue };
        var noneOwed = Case();

        var timeliness = KpiCalculator.Calculate([onTime, lateGiven, missing, noneOwed], FeedbackDue.AddHours(1), Gm)
            .FeedbackTimeliness;

        Assert.Equal(new KpiValue(1, 3, 33.3m, 100m, false), timeliness);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void FeedbackTimeliness_MissingResponseStillInsideWindow_IsNotYetCounted()
    {
        var pending = Case() with { FeedbackDueUtc = FeedbackDue };
        var given = Case() with { FeedbackDueUtc = FeedbackDue, FeedbackUtc = Opened.AddHours(2) };

        var beforeDue = KpiCalculator.Calculate([pending, given], FeedbackDue.AddTicks(-1), Gm).FeedbackTimeliness;
        var atDue = KpiCalculator.Calculate([pending, given], FeedbackDue, Gm).FeedbackTimeliness;

        Assert.Equal(new KpiValue(1, 1, 100.0m, 100m, true), beforeDue);
        Assert.Equal(new KpiValue(1, 2, 50.0m, 100m, false), atDue);
    }

    [Fact]
    [Trait("Rule", "R-RV-5")]
    public void RevisitRate_RevisitedOverNeedingRevisit()
    {
        var facts = new[]
        {
            Case() with { NeedsRevisit = true, RevisitedUtc = Opened.AddDays(2) },
            Case() with { NeedsRevisit = true },
            Case(), // no revisit owed: outside the rate
        };

        var revisit = KpiCalculator.Calculate(facts, AsOf, Gm).RevisitRate;

        Assert.Equal(new KpiValue(1, 2, 50.0m, 100m, false), revisit);
    }

    [Fact]
    public void Calculate_UsesGivenTargets()
    {
        var report = KpiCalculator.Calculate([Case() with { Closed = true }, Case()], AsOf, new KpiTargets(ClosureRate: 50m));

        Assert.Equal((50m, true), (report.ClosureRate.Target, report.ClosureRate.Met));
        Assert.Null(report.Satisfaction.Target);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void NoTarget_ReportsTheFigure_NeitherMetNorMissed()
    {
        var report = KpiCalculator.Calculate([Case() with { Closed = true }, Case()], AsOf);

        Assert.Equal(new KpiValue(1, 2, 50.0m, null, null), report.ClosureRate);
    }

    [Fact]
    public void Calculate_TargetAbove100_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiCalculator.Calculate([], AsOf, new KpiTargets(Satisfaction: 101m)));
    }
}
