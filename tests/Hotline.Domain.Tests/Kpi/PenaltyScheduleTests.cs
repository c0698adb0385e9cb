using Hotline.Domain.Kpi;
using Hotline.Domain.Profiles;

namespace Hotline.Domain.Tests.Kpi;

public sealed class PenaltyScheduleTests
{
    private static PenaltySchedule Heating => ProfileCatalog.BuiltIn["heating-supervision"].Penalties!;

    [Theory]
    [Trait("Rule", "R-RP-7")]
    [InlineData(AccountabilityKind.AttitudeComplaint, 50, 50)]
    [InlineData(AccountabilityKind.OverdueWithoutReason, 50, 100)]
    [InlineData(AccountabilityKind.EscalatedToGovernmentOrMedia, 50, 100)]
    [InlineData(AccountabilityKind.FailedToReport, 30, 30)]
    [InlineData(AccountabilityKind.LateTransfer, 20, 50)]
    [InlineData(AccountabilityKind.LateRevisit, 20, 20)]
    public void HeatingProfile_HasSeedScheduleOf003Section8(AccountabilityKind kind, int min, int max)
    {
        Assert.Equal(new PenaltyRange(min, max), Heating.RangeFor(kind));
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void Total_SumsMinAndMaxPerPerson_PerOccurrence()
    {
        var records = new[]
        {
            new AccountabilityRecord("wang", AccountabilityKind.OverdueWithoutReason, "C-1"),
            new AccountabilityRecord("li", AccountabilityKind.LateRevisit),
            new AccountabilityRecord("wang", AccountabilityKind.AttitudeComplaint),
            new AccountabilityRecord("wang", AccountabilityKind.LateTransfer),
        };

        var totals = Heating.Total(records);

        Assert.Equal(
            [new PersonPenalty("li", 1, new PenaltyRange(20m, 20m)), new PersonPenalty("wang", 3, new PenaltyRange(120m, 200m))],
            totals);
    }

    [Theory]
    [Trait("Rule", "R-RP-7")]
    [InlineData("gm-hotline")]
    [InlineData("park-dispatch")]
    [InlineData("municipal-12319")]
    [InlineData("property-hotline")]
    public void ProfileWithoutScheduleInItsSeed_HasNoAmounts(string profileId)
    {
        Assert.Null(ProfileCatalog.BuiltIn[profileId].Penalties);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public void Totals_WithoutSchedule_CountsPerPersonWithoutAmount()
    {
        var records = new[]
        {
            new AccountabilityRecord("wang", AccountabilityKind.OverdueWithoutReason, "C-1"),
            new AccountabilityRecord("wang", AccountabilityKind.AttitudeComplaint),
            new AccountabilityRecord("li", AccountabilityKind.LateRevisit),
        };

        Assert.Equal([new PersonPenalty("li", 1, null), new PersonPenalty("wang", 2, null)], PenaltySchedule.Totals(null, records));
        Assert.Equal(new PenaltyRange(100m, 150m), PenaltySchedule.Totals(Heating, records)[1].Total);
    }

    [Fact]
    public void Total_NoRecords_IsEmpty()
    {
        Assert.Empty(Heating.Total([]));
    }

    [Fact]
    public void Constructor_MissingKind_Throws()
    {
        var incomplete = new Dictionary<AccountabilityKind, PenaltyRange> { [AccountabilityKind.LateRevisit] = PenaltyRange.Fixed(20m) };

        var error = Assert.Throws<ArgumentException>(() => new PenaltySchedule(incomplete));
        Assert.Contains(nameof(AccountabilityKind.AttitudeComplaint), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PenaltyRange_MaxBelowMin_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PenaltyRange(50m, 20m));
    }

    [Theory]
    [InlineData(50, 50, "¥50")]
    [InlineData(20, 50, "¥20–50")]
    public void PenaltyRange_ToString_ShowsFixedOrRange(int min, int max, string expected)
    {
        Assert.Equal(expected, new PenaltyRange(min, max).ToString());
    }
}
