using System.Text.Json;
using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Cases;
using Hotline.Service.Reports;
using Hotline.Service.Serialization;
using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Reports;

/// <summary>
/// The reports read from the projection say exactly what the old scan of every case (with each whole ledger) said:
/// same JSON for the daily (R-RP-6), weekly and monthly (R-RP-1, R-RP-4) reports and the quality records (R-RP-11).
/// </summary>
public sealed class ReportServiceProjectionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Monthly_FromTheProjection_IsTheScansReport()
    {
        var (projected, scanned) = await ServicesAsync(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(Json(await scanned.MonthlyAsync(Profile, 2026, 3, None)), Json(await projected.MonthlyAsync(Profile, 2026, 3, None)));
        Assert.Equal(Json(await scanned.QualityAsync(Profile, 2026, 3, None)), Json(await projected.QualityAsync(Profile, 2026, 3, None)));
        var monthly = await projected.MonthlyAsync(Profile, 2026, 3, None);
        Assert.Equal(4, monthly.Summary.Overall!.Received); // the fixture's four March cases, not April's
    }

    [Fact]
    [Trait("Rule", "R-RP-6")]
    public async Task DailyAndWeekly_FromTheProjection_AreTheScansReports_TodayAndInThePast()
    {
        var (projected, scanned) = await ServicesAsync(new DateTimeOffset(2026, 3, 9, 18, 0, 0, TimeSpan.FromHours(8)));

        foreach (var day in new[] { new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 9) })
        {
            Assert.Equal(Json(await scanned.DailyAsync(Profile, day, None)), Json(await projected.DailyAsync(Profile, day, None)));
            Assert.Equal(Json(await scanned.WeeklyAsync(Profile, day, None)), Json(await projected.WeeklyAsync(Profile, day, None)));
        }

        // On Monday evening case 1 had not been acknowledged yet: its progress line is Monday's, read from its ledger.
        var monday = await projected.DailyAsync(Profile, new DateOnly(2026, 3, 2), None);
        Assert.True(monday.Cases.Single(c => c.CaseId == Id(1).Value).Last!.AtUtc < Monday.AddDays(1));
    }

    /// <summary>
    /// March 2026: case 1 opened Monday and acknowledged Tuesday; case 2 answered on the spot; case 3 opened Monday and
    /// closed Thursday; case 4 open; case 5 received in April.
    /// </summary>
    private static async Task<(ReportService Projected, ReportService Scanned)> ServicesAsync(DateTimeOffset now)
    {
        var store = new InMemoryCaseStore();
        var one = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(one), None);
        await store.CommitAsync(Update(created, Acknowledge(one.State, Monday.AddDays(1))), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday.AddHours(1), decision: IntakeDecision.Answered)), None);
        var three = Intake(Id(3), Monday.AddHours(2), category: "security");
        var threeStored = await store.CommitAsync(Create(three), None);
        var closedAt = Monday.AddDays(3);
        var closed = three.State with
        {
            Status = CaseStatus.Closed,
            Version = three.State.Version + 1,
            LedgerCount = three.State.LedgerCount + 1,
            Closure = new ClosureRecord(ClosureOutcome.Resolved, "已处理", null, StaffId.Parse("agent1"), closedAt),
        };
        var line = new LedgerEntry(closed.LedgerCount, closedAt, StaffId.Parse("agent1"), LedgerKind.Closed, "结案", "R-CL-1");
        await store.CommitAsync(new CaseCommit(closed, threeStored.ETag, [line], []), None);
        await store.CommitAsync(Create(Intake(Id(4), Monday.AddDays(7))), None);
        await store.CommitAsync(Create(Intake(Id(5), Monday.AddMonths(1))), None);

        var clock = new ManualTimeProvider(now);
        return (new ReportService(store, clock), new ReportService(store, clock, null, new ScannedReportProjections(store)));
    }

    private static string Json<T>(T report) => JsonSerializer.Serialize(report, HotlineJson.Options);
}
