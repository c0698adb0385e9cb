using System.Text.Json.Nodes;
using Hotline.Domain.Reports.Schedule;
using Hotline.Domain.Reports.Submissions;
using Hotline.Service.Cases;
using Hotline.Service.Reports;
using Hotline.Service.Reports.Schedule;
using Hotline.Service.Reports.Submissions;
using Hotline.Service.Storage;
using Hotline.Service.Tests.Orchestration;
using Hotline.Service.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Service.Tests.Reports;

/// <summary>
/// The period reports produced on schedule: with a fake clock moved past a period's end, the sweep stores the closed
/// periods' reports once (two hosts included), and heating's weekly and monthly ones become the R-RP-9 drafts.
/// </summary>
public sealed class ScheduledReportsTests
{
    private static readonly DateTimeOffset December0005 = new(2026, 12, 1, 0, 5, 0, TimeSpan.FromHours(8));
    private readonly InMemoryReportSnapshots _snapshots = new();
    private readonly InMemoryReportSubmissions _submissions = new();

    private ScheduledReports Sweep(CaseHarness harness)
    {
        var services = new ServiceCollection()
            .AddSingleton<ICaseStore>(harness.Store)
            .AddSingleton<TimeProvider>(harness.Clock)
            .AddSingleton<IReportSignatures, InMemoryReportSignatures>()
            .BuildServiceProvider();
        return new ScheduledReports(harness.Profiles, _snapshots, _submissions, services, harness.Clock, NullLogger<ScheduledReports>.Instance);
    }

    [Fact]
    [Trait("Rule", "R-RP-4")]
    public async Task MonthEndPassed_TheMonthsReportIsStoredOnce_AsOfTheMonthsEnd()
    {
        var harness = await CaseHarness.OpenAsync(); // a park-dispatch case received Friday 20 November
        var before = await Sweep(harness).RunAsync(CancellationToken.None);
        Assert.DoesNotContain("park-dispatch.monthly.2026-11", before);
        Assert.Contains("park-dispatch.monthly.2026-10", before);

        harness.Clock.SetUtcNow(December0005);
        var stored = await Sweep(harness).RunAsync(CancellationToken.None);
        Assert.Contains("park-dispatch.monthly.2026-11", stored);
        Assert.Contains("park-dispatch.weekly.2026-11-23", stored);
        Assert.Contains("park-dispatch.daily.2026-11-30", stored);
        Assert.Empty(await Sweep(harness).RunAsync(CancellationToken.None));

        var month = (await _snapshots.GetAsync("park-dispatch", "park-dispatch.monthly.2026-11", CancellationToken.None))!;
        Assert.Equal((SnapshotKind.Monthly, new DateOnly(2026, 11, 30), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8))), (month.Kind, month.LastDay, month.AsOfUtc));
        var figures = JsonNode.Parse(month.Figures)!;
        Assert.Equal(1, figures["statistics"]!["overall"]!["volume"]!["totalReceived"]!.GetValue<int>());
        Assert.Equal("agent1", figures["summary"]!["dispatchers"]![0]!["dispatcher"]!.GetValue<string>());

        // The daily report of the 30th lists the case still open at the day's end.
        var daily = JsonNode.Parse((await _snapshots.GetAsync("park-dispatch", "park-dispatch.daily.2026-11-30", CancellationToken.None))!.Figures)!;
        Assert.Equal(harness.Id.Value, daily["cases"]![0]!["caseId"]!.GetValue<string>());
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task StoredReports_CarryNoCallerData()
    {
        var harness = await CaseHarness.OpenAsync();
        harness.Clock.SetUtcNow(December0005);
        Assert.NotEmpty(await Sweep(harness).RunAsync(CancellationToken.None));
        foreach (var snapshot in await _snapshots.ListAsync("park-dispatch", null, CancellationToken.None))
        {
            var text = System.Text.RegularExpressions.Regex.Unescape(snapshot.Figures);
            Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
            Assert.DoesNotContain("3栋1201", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "R-RP-4")]
    public async Task TwoHostsSweepingAtOnce_StoreEachPeriodOnce()
    {
        var harness = await CaseHarness.OpenAsync();
        harness.Clock.SetUtcNow(December0005);
        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Sweep(harness).RunAsync(CancellationToken.None))));
        var all = rounds.SelectMany(r => r).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        var expected = harness.Profiles.All.SelectMany(p => ReportSchedule.Due(p, December0005)).Select(d => d.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, all.Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task HeatingsClosedWeekAndMonth_BecomeDraftsWaitingForReview_AnAgentsOwnIsKept()
    {
        var harness = await CaseHarness.OpenAsync();
        var prepared = ReportSubmissionsContract.Sample("""{"byAgent":true}""", kind: ReportKind.Weekly, first: new DateOnly(2026, 11, 23));
        Assert.True(await _submissions.TrySaveAsync(prepared, 0, CancellationToken.None));
        harness.Clock.SetUtcNow(December0005);
        await Sweep(harness).RunAsync(CancellationToken.None);

        var monthly = (await _submissions.GetAsync("heating-supervision", "heating-supervision.monthly.2026-11", CancellationToken.None))!;
        Assert.Equal((SubmissionStatus.Generated, "schedule", 1, true), (monthly.Status, monthly.GeneratedBy.Value, monthly.Version, monthly.GoesUpstream));
        var figures = JsonNode.Parse(monthly.Snapshot)!;
        Assert.Equal(11, figures["month"]!.GetValue<int>());
        Assert.Null(figures["summary"]); // the statistics go upstream; the per-dispatcher summary stays internal

        var weekly = (await _submissions.GetAsync("heating-supervision", "heating-supervision.weekly.2026-11-23", CancellationToken.None))!;
        Assert.Equal(("agent1", """{"byAgent":true}"""), (weekly.GeneratedBy.Value, weekly.Snapshot));
        Assert.Null(await _submissions.GetAsync("park-dispatch", "park-dispatch.monthly.2026-11", CancellationToken.None));
    }
}
