using Hotline.Domain.Cases;
using Hotline.Domain.Tests.Support;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Machine;

/// <summary>12319 (000 篇1 §四–五): a complaint about a second-level linked unit names the unit the centre then checks and supervises.</summary>
public sealed class LinkedUnitComplaintTests
{
    private static readonly DateTimeOffset Monday = Local("2026-11-23 10:00");

    [Fact]
    [Trait("Rule", "R-DS-8")]
    public void LinkedUnitComplaint_NamesTheUnit_RecordedAndDispatchedToSupervision()
    {
        var s = new Scenario("municipal-12319", Monday);
        Assert.IsType<Decision.Accepted>(s.Intake("linked-unit", IntakeDecision.Open, linkedUnit: "燃气公司"));

        Assert.Equal("燃气公司", s.State.LinkedUnit);
        Assert.Equal("supervision", s.State.Team.Unit);
        Assert.Contains(s.Ledger, e => e.Rule == "R-DS-8" && e.Text.Contains("燃气公司", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "R-DS-8")]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("不存在的单位")]
    public void LinkedUnitComplaint_WithoutAKnownUnit_IsRejectedAndNothingOpened(string? unit)
    {
        var s = new Scenario("municipal-12319", Monday);
        var rejected = Assert.IsType<Decision.Rejected>(s.Intake("linked-unit", IntakeDecision.Open, linkedUnit: unit));

        Assert.Equal(Rejection.Invalid, rejected.Rule);
        Assert.Contains("linkedUnit", rejected.Reason, StringComparison.Ordinal);
        Assert.Null(s.Maybe);
    }

    [Fact]
    [Trait("Rule", "R-DS-8")]
    public void OtherCategory_NamingALinkedUnit_IsRejected()
    {
        var s = new Scenario("municipal-12319", Monday);
        var rejected = Assert.IsType<Decision.Rejected>(s.Intake("water", IntakeDecision.Open, linkedUnit: "燃气公司"));
        Assert.Contains("linkedUnit", rejected.Reason, StringComparison.Ordinal);
    }
}
