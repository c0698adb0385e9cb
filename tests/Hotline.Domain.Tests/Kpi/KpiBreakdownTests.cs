using Hotline.Domain.Kpi;
using static Hotline.Domain.Tests.Kpi.FactsBuilder;

namespace Hotline.Domain.Tests.Kpi;

public sealed class KpiBreakdownTests
{
    /// <summary>The GM hotline\'s targets (000 §5.4–5.6), the only seed that sets all four.</summary>
    private static readonly KpiTargets Gm = Hotline.Domain.Profiles.ProfileCatalog.BuiltIn["gm-hotline"].Kpi;

    private static readonly DateTimeOffset AsOf = Opened.AddDays(30);

    [Fact]
    [Trait("Rule", "R-RP-3")]
    [Trait("Rule", "R-RV-4")]
    public void ByServiceArea_SatisfactionPerArea_InFormOrder()
    {
        var parking = ServiceAreas.Parking.Code;       // H
        var cleaning = ServiceAreas.Cleaning.Code;     // F
        var facts = new[]
        {
            Rated(SatisfactionRating.Satisfied, parking),
            Rated(SatisfactionRating.Dissatisfied, parking),
            Rated(SatisfactionRating.Dissatisfied, parking),
            Rated(SatisfactionRating.FairlySatisfied, cleaning),
            Rated(SatisfactionRating.Satisfied, "Unlisted"),
            Rated(SatisfactionRating.Satisfied),
        };

        var rows = KpiCalculator.ByServiceArea(facts, AsOf, Gm);
        var overall = KpiCalculator.Calculate(facts, AsOf, Gm).Satisfaction;

        Assert.Equal(new string?[] { cleaning, parking, "Unlisted", null }, rows.Select(r => r.Key));
        Assert.Equal(new KpiValue(1, 1, 100.0m, 98m, true), rows[0].Report.Satisfaction);
        Assert.Equal(new KpiValue(1, 3, 33.3m, 98m, false), rows[1].Report.Satisfaction);
        Assert.Equal(new KpiValue(4, 6, 66.7m, 98m, false), overall);
    }

    [Fact]
    public void ByCategory_OrdinalOrder_EachRowCountsOnlyItsFacts()
    {
        var facts = new[] { Case("维修") with { Closed = true }, CallRecord("咨询"), Case("维修"), Case("保洁") };

        var rows = KpiCalculator.ByCategory(facts, AsOf, Gm);

        Assert.Equal(new string?[] { "保洁", "咨询", "维修" }, rows.Select(r => r.Key)); // U+4FDD < U+54A8 < U+7EF4
        var repair = Assert.Single(rows, r => r.Key == "维修").Report;
        Assert.Equal((1, 2), (repair.ClosureRate.Numerator, repair.ClosureRate.Denominator));
        Assert.Equal(facts.Length, rows.Sum(r => r.Report.Volume.TotalReceived));
    }

    [Fact]
    public void ByAssignee_Unassigned_IsTheNullRowLast()
    {
        var facts = new[] { Case() with { Assignee = "s-2" }, Case(), Case() with { Assignee = "s-1" } };

        var rows = KpiCalculator.ByAssignee(facts, AsOf, Gm);

        Assert.Equal(new string?[] { "s-1", "s-2", null }, rows.Select(r => r.Key));
    }

    [Fact]
    public void By_CustomKey_GroupsWithTheSelector()
    {
        var facts = new[]
        {
            Case() with { ForceClosed = true },
            Case() with { Closed = true, ReceivedBy = "dispatcher-2" },
            Case() with { ReceivedBy = "dispatcher-2" },
        };

        var rows = KpiCalculator.By(facts, f => f.ForceClosed ? "forced" : "normal", AsOf, Gm);

        Assert.Equal(new string?[] { "forced", "normal" }, rows.Select(r => r.Key));
        Assert.Equal(new[] { 1, 2 }, rows.Select(r => r.Report.ClosureRate.Denominator));
        Assert.Equal(new string?[] { "dispatcher-1", "dispatcher-2" }, KpiCalculator.ByReceiver(facts, AsOf, Gm).Select(r => r.Key));
    }
}
