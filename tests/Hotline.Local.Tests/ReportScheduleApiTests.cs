using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hotline.Service.Serialization;

namespace Hotline.Local.Tests;

/// <summary>
/// Issue 11 items 4 and 5 over HTTP on Azurite: the manual clock moved past a month's end produces the month's stored
/// report; every report reads without caller data; the upstream office reads its supervision items' reports only.
/// </summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class ReportScheduleApiTests(Hotline.Testing.AzuriteFixture azurite) : IDisposable
{
    private static readonly object Caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" };
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("rsch"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    private static Task<JsonNode> OpenAsync(HttpClient agent, object? upstream = null) => agent.PostOkAsync("/api/cases", new
    {
        caller = Caller, category = "repair", summary = "张三丰家卫生间漏水，电话13912345678", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        profile = "park-dispatch", channel = upstream is null ? "phone" : "upstream", upstream,
    });

    [Fact]
    [Trait("Rule", "R-RP-4")]
    [Trait("Rule", "R-PV-1")]
    public async Task ClockPastTheMonthsEnd_TheMonthsReportIsStored_AndNoReportCarriesCallerData()
    {
        using var agent = _host.As("agent1");
        using var manager = _host.As("mgr");
        using var admin = _host.As("admin");
        await OpenAsync(agent);
        Assert.DoesNotContain((await manager.GetOkAsync("/api/reports/snapshots?profile=park-dispatch&kind=monthly")).AsArray(), s => s!.Str("period") == "2026-11");

        await admin.PostOkAsync("/api/clock", new { to = new DateTimeOffset(2026, 12, 1, 0, 10, 0, TimeSpan.FromHours(8)) });

        var list = (await manager.GetOkAsync("/api/reports/snapshots?profile=park-dispatch&kind=monthly")).AsArray();
        var november = Assert.Single(list, s => s!.Str("period") == "2026-11")!;
        Assert.Null(november["figures"]);
        var read = await manager.GetOkAsync($"/api/reports/snapshots/{november.Str("id")}");
        Assert.Equal(1, read["figures"]!["statistics"]!["overall"]!["volume"]!["totalReceived"]!.GetValue<int>());
        Assert.NotNull(read["figures"]!["summary"]!["overall"]);

        // An agent reads the stored month with only their own line, as the live monthly report.
        var mine = await agent.GetOkAsync($"/api/reports/snapshots/{november.Str("id")}");
        Assert.Null(mine["figures"]!["summary"]!["overall"]);
        Assert.Equal("agent1", Assert.Single(mine["figures"]!["summary"]!.Items("dispatchers")).Str("dispatcher"));
        using var other = _host.As("agent2");
        Assert.Empty((await other.GetOkAsync($"/api/reports/snapshots/{november.Str("id")}"))["figures"]!["summary"]!.Items("dispatchers"));

        // Heating's chain starts by itself: the month's draft waits for the section head's review.
        var draft = await manager.GetOkAsync("/api/reports/submissions/heating-supervision.monthly.2026-11");
        Assert.Equal(("generated", "schedule"), (draft.Str("status"), draft.Str("generatedBy")));

        var urls = new List<string>
        {
            "/api/reports/daily?date=2026-11-30&profile=park-dispatch", "/api/reports/weekly?week=2026-11-23&profile=park-dispatch",
            "/api/reports/monthly?month=2026-11&profile=park-dispatch", "/api/reports/quality?month=2026-11&profile=park-dispatch",
            "/api/reports/first-question?from=2026-11-01&to=2026-11-30&profile=park-dispatch", "/api/reports/snapshots?profile=park-dispatch",
            "/api/reports/submissions?profile=heating-supervision", "/api/reports/submissions/heating-supervision.monthly.2026-11",
            "/api/reports/quality-checks?profile=park-dispatch",
        };
        urls.AddRange((await manager.GetOkAsync("/api/reports/snapshots?profile=park-dispatch")).AsArray().Select(s => $"/api/reports/snapshots/{s!.Str("id")}"));
        foreach (var url in urls)
        {
            var response = await manager.GetAsync(url);
            var text = Regex.Unescape(await response.Content.ReadAsStringAsync()); // the API escapes non-ASCII (\u5F20…)
            Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}");
            Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
            Assert.DoesNotContain("3栋1201", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    [Trait("Rule", "R-RP-1")]
    public async Task UpstreamOffice_ReadsItsSupervisionItemsOnly_ManagerRecordsTheWeeksCheckOnce()
    {
        using var admin = _host.As("admin");
        var key = (await admin.PutAsJsonAsync("/api/staff/city-office", new { name = "物业办 督办员", phone = "13800007777", roles = new[] { "upstream" }, unit = "city-office", onDuty = true }, HotlineJson.Options)
            .ContinueWith(t => t.Result.ReadNodeAsync()).Unwrap()).Str("apiKey");
        using var upstream = _host.CreateClient();
        upstream.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var agent = _host.As("agent1");
        var item = (await OpenAsync(agent, new { number = "DB-2026-118", area = "阳光园区" })).Str("id");
        var own = (await OpenAsync(agent)).Str("id");

        var monthly = await upstream.GetOkAsync("/api/reports/monthly?month=2026-11&profile=park-dispatch");
        Assert.Equal(("supervision-items", 1), (monthly.Str("scope"), monthly["items"]!.GetValue<int>()));
        Assert.Equal(1, monthly["statistics"]!["overall"]!["volume"]!["totalReceived"]!.GetValue<int>());
        Assert.Null(monthly["summary"]);
        var weekly = await upstream.GetOkAsync("/api/reports/weekly?week=2026-11-20&profile=park-dispatch");
        Assert.Equal([item], weekly.Items("openAtWeekEnd").Select(l => l.Str("caseId")));
        Assert.Equal([item], (await upstream.GetOkAsync("/api/reports/daily?date=2026-11-20&profile=park-dispatch")).Items("cases").Select(l => l.Str("caseId")));

        using var manager = _host.As("mgr");
        var all = await manager.GetOkAsync("/api/reports/weekly?week=2026-11-20&profile=park-dispatch");
        Assert.Equal([item, own], all.Items("openAtWeekEnd").Select(l => l.Str("caseId")).Order(StringComparer.Ordinal));

        // The deputy GM and the GM are managers too: every line, the quality records included.
        using var dgm = _host.As("dgm");
        Assert.NotNull((await dgm.GetOkAsync("/api/reports/monthly?month=2026-11&profile=park-dispatch"))["summary"]!["overall"]);
        using var gm = _host.As("gm");
        Assert.NotNull((await gm.GetOkAsync("/api/reports/quality?month=2026-11&profile=park-dispatch"))["month"]);

        foreach (var url in new[]
                 {
                     "/api/reports/quality?month=2026-11", "/api/reports/first-question?from=2026-11-01&to=2026-11-30", "/api/reports/snapshots",
                     "/api/reports/quality-checks",
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await upstream.GetAsync(url)).StatusCode);
        }

        // The submissions list is open to the upstream office, but only for roll-ups submitted to it: nothing yet here.
        Assert.Empty((await upstream.GetOkAsync("/api/reports/submissions?profile=heating-supervision")).AsArray());

        Assert.Equal(HttpStatusCode.Forbidden, (await upstream.PostAsJsonAsync("/api/reports/monthly/sign?month=2026-11", new { comment = "好" }, HotlineJson.Options)).StatusCode);

        // R-RP-1: the manager's weekly check of the quality records — the manager only, once a week.
        var body = new { week = "2026-11-18", findings = "2宗记录未写回访结果，已要求补记", profile = "park-dispatch" };
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/reports/quality-checks", body, HotlineJson.Options)).StatusCode);
        var recorded = await manager.PostOkAsync("/api/reports/quality-checks", body);
        Assert.Equal(("2026-11-16", "mgr", "2026-11-20"), (recorded.Str("week"), recorded.Str("checkedBy"), recorded.Str("checkedOn")));
        var again = await manager.PostAsJsonAsync("/api/reports/quality-checks", body, HotlineJson.Options);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("R-RP-1", (await again.ReadNodeAsync()).Str("rule"));
        var bad = await manager.PostAsJsonAsync("/api/reports/quality-checks", new { week = "next", profile = "park-dispatch" }, HotlineJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.ReadNodeAsync())["errors"]!["findings"]);

        var checks = await manager.GetOkAsync("/api/reports/quality-checks?profile=park-dispatch");
        Assert.True(checks["required"]!.GetValue<bool>());
        Assert.Equal("2026-11-16", Assert.Single(checks.Items("checks")).Str("week"));
    }
}
