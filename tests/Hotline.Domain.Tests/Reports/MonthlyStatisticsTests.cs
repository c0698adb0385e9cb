using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using static Hotline.Domain.Tests.Reports.ReportCases;
using static Hotline.Domain.Tests.Support.Scenario;

namespace Hotline.Domain.Tests.Reports;

/// <summary>Monthly statistics: heating deadlines (R-RP-4) and the 12319 linked-unit split (R-RP-5).</summary>
public sealed class MonthlyStatisticsTests
{
    private static readonly Profile Heating = ProfileCatalog.BuiltIn[ProfileCatalog.HeatingSupervision];
    private static readonly Profile Municipal = ProfileCatalog.BuiltIn[ProfileCatalog.Municipal12319];

    [Theory]
    [Trait("Rule", "R-RP-4")]
    // December 2026: the 20th is a Sunday → Friday the 18th; the 23rd is a Wednesday.
    [InlineData(12, "2026-12-18", "2026-12-23")]
    // June 2026: the 20th is a Saturday inside 端午 (19th–21st) → Thursday the 18th; the 23rd a Tuesday.
    [InlineData(6, "2026-06-18", "2026-06-23")]
    // September 2026: the 20th is a Sunday but a 调休 make-up working day → stays; the 23rd a Wednesday.
    [InlineData(9, "2026-09-20", "2026-09-23")]
    // August 2026: the 23rd is a Sunday → Friday the 21st.
    [InlineData(8, "2026-08-20", "2026-08-21")]
    public void HeatingDeadlines_WorkingDayOnOrBefore(int month, string rollUp, string upstream)
    {
        var stats = MonthlyStatistics.Build(Heating, 2026, month, Local("2026-12-31 12:00"), []);
        var deadlines = stats.Deadlines!;
        Assert.Equal((DateOnly.Parse(rollUp, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(upstream, System.Globalization.CultureInfo.InvariantCulture)),
            (deadlines.RollUpBy, deadlines.UpstreamReportBy));
        // Due at the close of that working day (heating works 08:30–17:30).
        Assert.Equal(Local($"{rollUp} 17:30"), deadlines.RollUpDueUtc);
        Assert.Equal(Local($"{upstream} 17:30"), deadlines.UpstreamReportDueUtc);
    }

    [Fact]
    [Trait("Rule", "R-RP-4")]
    public void OtherProfiles_HaveNoHeatingDeadlinesOrSplit()
    {
        var stats = MonthlyStatistics.Build(ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch], 2026, 12, Local("2026-12-31 12:00"), []);
        Assert.Null(stats.Deadlines);
        Assert.Null(stats.LinkedUnits);
    }

    [Fact]
    [Trait("Rule", "R-RP-5")]
    [Trait("Rule", "R-IN-3")]
    public void Municipal_LinkedUnitComplaints_SplitOutOfCategoriesAndAreas()
    {
        var water = Receive("municipal-12319", "2026-11-03 10:00", "agent1", "water");
        var consult = Receive("municipal-12319", "2026-11-04 10:00", "agent1", "consultation", IntakeDecision.Answered);
        var linked1 = Receive("municipal-12319", "2026-11-05 10:00", "agent2", "linked-unit", linkedUnit: "燃气公司");
        var linked2 = Receive("municipal-12319", "2026-11-06 10:00", "agent2", "linked-unit", linkedUnit: "燃气公司");
        linked2.AdvanceTo(Local("2026-11-06 10:20")).Do(at => new Acknowledge(at, Person("supervision-head")));

        var stats = MonthlyStatistics.Build(Municipal, 2026, 11, Local("2026-12-02 09:00"), [Of(water), Of(consult), Of(linked1), Of(linked2)]);

        Assert.Equal((4, 1, 3), (stats.Overall.Volume.TotalReceived, stats.Overall.Volume.CallRecords, stats.Overall.Volume.Opened));
        Assert.Equal(["consultation", "water"], stats.ByCategory.Select(r => r.Key));
        Assert.Equal(["ServiceAndComplaints", "Equipment"], stats.ByServiceArea.Select(r => r.Key));

        var linked = stats.LinkedUnits!;
        Assert.Equal("linked-unit", linked.Category);
        Assert.Equal((2, 2), (linked.Report.Volume.TotalReceived, linked.Report.Volume.Opened));
        // linked2 answered in 20 minutes, linked1 never: 1 of 2 first responses on time.
        Assert.Equal((1, 2), (linked.Report.FeedbackTimeliness.Numerator, linked.Report.FeedbackTimeliness.Denominator));
        Assert.Equal("StaffEfficiency", Assert.Single(linked.ByServiceArea).Key);
    }

    [Fact]
    [Trait("Rule", "R-RP-4")]
    public void FiguresPerResponsibleUnit_CallRecordsInTheUnroutedRow()
    {
        var water1 = Receive("municipal-12319", "2026-11-03 10:00", "agent1", "water");
        var water2 = Receive("municipal-12319", "2026-11-04 10:00", "agent2", "water");
        var facility = Receive("municipal-12319", "2026-11-05 10:00", "agent1", "facility");
        var consult = Receive("municipal-12319", "2026-11-06 10:00", "agent1", "consultation", IntakeDecision.Answered);

        var stats = MonthlyStatistics.Build(Municipal, 2026, 11, Local("2026-12-02 09:00"), [Of(water1), Of(water2), Of(facility), Of(consult)]);

        var rows = stats.ByUnit!.Select(r => (r.Key, r.Report.Volume.TotalReceived, r.Report.Volume.Opened)).ToList();
        Assert.Equal([("execution", 1, 1), ("water", 2, 2), (null, 1, 0)], rows);
    }

    [Fact]
    [Trait("Rule", "R-DS-8")]
    public void Municipal_FiguresPerLinkedUnit_EveryUnitTheProfileNames()
    {
        var gas1 = Receive("municipal-12319", "2026-11-05 10:00", "agent1", "linked-unit", linkedUnit: "燃气公司");
        var gas2 = Receive("municipal-12319", "2026-11-06 10:00", "agent1", "linked-unit", linkedUnit: "燃气公司");
        var bus = Receive("municipal-12319", "2026-11-07 10:00", "agent1", "linked-unit", linkedUnit: "公交公司");
        gas2.AdvanceTo(Local("2026-11-06 10:20")).Do(at => new Acknowledge(at, Person("supervision-head")));

        var stats = MonthlyStatistics.Build(Municipal, 2026, 11, Local("2026-12-02 09:00"), [Of(gas1), Of(gas2), Of(bus)]);

        var rows = stats.LinkedUnits!.ByLinkedUnit;
        Assert.Equal(Municipal.Reporting.LinkedUnits, rows.Select(r => r.Key));
        var gas = rows.Single(r => r.Key == "燃气公司").Report;
        Assert.Equal(2, gas.Volume.Opened);
        Assert.Equal((1, 2), (gas.FeedbackTimeliness.Numerator, gas.FeedbackTimeliness.Denominator));
        Assert.Equal(1, rows.Single(r => r.Key == "公交公司").Report.Volume.Opened);
        Assert.Equal(0, rows.Single(r => r.Key == "自来水公司").Report.Volume.Opened);
    }
}
