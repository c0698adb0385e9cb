using System.Globalization;
using Hotline.Domain.Kpi;

namespace Hotline.Domain.Tests.Kpi;

public sealed class KpiValueTests
{
    [Theory]
    [InlineData(1, 16, "6.3")]    // 6.25: midpoint goes away from zero (banker's would give 6.2)
    [InlineData(3, 16, "18.8")]   // 18.75
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(47, 50, "94.0")]
    [InlineData(5, 5, "100.0")]
    [InlineData(0, 7, "0.0")]
    public void Of_RoundsToOneDecimal_MidpointAwayFromZero(int numerator, int denominator, string expected)
    {
        var value = KpiValue.Of(numerator, denominator, 98m);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value.Percent);
    }

    [Fact]
    public void Of_ZeroDenominator_HasNoPercentAndNoVerdict()
    {
        var value = KpiValue.Of(0, 0, 100m);

        Assert.Equal(new KpiValue(0, 0, null, 100m, null), value);
    }

    [Fact]
    [Trait("Rule", "R-RP-2")]
    public void Of_RoundsUpToTarget_IsStillNotMet()
    {
        var value = KpiValue.Of(4899, 5000, 98m); // 97.98%

        Assert.Equal(98.0m, value.Percent);
        Assert.False(value.Met);
    }

    [Theory]
    [Trait("Rule", "R-RP-2")]
    [InlineData(4, 5, 80, true)]   // closure "80%以上": exactly 80% meets it
    [InlineData(79, 100, 80, false)]
    [InlineData(49, 50, 98, true)]
    [InlineData(999, 1000, 100, false)]
    public void Of_MetWhenExactRatioReachesTarget(int numerator, int denominator, int target, bool met)
    {
        Assert.Equal(met, KpiValue.Of(numerator, denominator, target).Met);
    }

    [Fact]
    public void Of_NumeratorAboveDenominator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiValue.Of(3, 2, 100m));
    }
}
