using Hotline.Domain.Kpi;

namespace Hotline.Domain.Tests.Kpi;

public sealed class PenaltyScheduleTests
{
    [Theory]
    [Trait("Rule", "R-RP-7")]
    [InlineData(AccountabilityKind.AttitudeComplaint, 50, 50)]
    [InlineData(AccountabilityKind.OverdueWithoutReason, 50, 100)]
    [InlineData(AccountabilityKind.EscalatedToGovernmentOrMedia, 50, 100)]
    [InlineData(AccountabilityKind.FailedToReport, 30, 30)]
    [InlineData(AccountabilityKind.LateTransfer, 20, 50)]
    [InlineData(AccountabilityKind.LateRevisit, 20, 20)]
    public void Default_MatchesHeatingProfileSchedule(AccountabilityKind kind, int min, int max)
    {
        Assert.Equal(new PenaltyRange(min, max), PenaltySchedule.Default.RangeFor(kind));
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

        var totals = PenaltySchedule.Default.Total(records);

        Assert.Equal(
            [new PersonPenalty("li", 1, new PenaltyRange(20m, 20m)), new PersonPenalty("wang", 3, new PenaltyRange(120m, 200m))],
            totals);
    }

    [Fact]
    public void Total_NoRecords_IsEmpty()
    {
        Assert.Empty(PenaltySchedule.Default.Total([]));
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
