using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Hotline.Testing;
using Microsoft.Playwright;

namespace Hotline.Local.Tests;

/// <summary>
/// The 《工作日志》 (001 §5.1) and the 《接待业主情况记录》 (004) served by <c>/api/forms/{form}</c>, printed by Chromium to A4:
/// the title and the period's entries, the caller masked (R-PV-1); an agent's work log holds only the agent's own entries;
/// a work log longer than a month is refused naming <c>to</c>.
/// </summary>
public sealed partial class FormPrintBrowserTests
{
    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-FQ-1")]
    [Trait("Rule", "R-PV-1")]
    public async Task WorkLogAndReceptionRecord_PrintToA4_WithTheirEntries_CallerMasked_AgentsOwnLinesOnly()
    {
        using var agent = _host.As("agent1");
        var id = (await agent.PostOkAsync("/api/cases", JsonNode.Parse("""
            {"caller":{"name":"张三丰","phone":"13912345678","address":"3栋1201","property":"阳光园区"},"channel":"phone","category":"repair",
             "summary":"张三丰家卫生间漏水","decision":"open","reason":"on-site-work","receivedBy":"agent1"}
            """)!)).Str("id");
        var month = LocalHost.Friday1400.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Api-Key"] = "demo-mgr" },
        });
        var page = await context.NewPageAsync();

        var log = await PrintAsync(page, $"/api/forms/work-log?month={month}", "work-log.png");
        Assert.True(log.Pages >= 1);
        Assert.Contains("工作日志", log.Text, StringComparison.Ordinal);
        Assert.Contains(id, log.Text, StringComparison.Ordinal);
        Assert.Contains("受理", log.Text, StringComparison.Ordinal);
        Assert.Contains("agent1", log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", log.Text, StringComparison.Ordinal);

        var reception = await PrintAsync(page, $"/api/forms/reception-record?month={month}", "reception-record.png");
        Assert.Equal((1, true), (reception.Pages, reception.Landscape));
        Assert.Contains("接待业主情况记录", reception.Text, StringComparison.Ordinal);
        Assert.Contains("首问接待（来电）", reception.Text, StringComparison.Ordinal);
        Assert.Contains("张**", reception.Text, StringComparison.Ordinal);
        Assert.Contains("139****5678", reception.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", reception.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", reception.Text, StringComparison.Ordinal);
        await context.CloseAsync();

        // The agent's copy: only the agent's own entries (the notices the system sent are not the agent's).
        var csv = await agent.GetStringAsync(new Uri($"/api/forms/work-log?month={month}&format=csv", UriKind.Relative));
        var rows = csv.Split("\r\n").SkipWhile(l => !l.StartsWith("序号,", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("agent1", r.Split(',')[3]));

        var tooLong = await agent.GetAsync(new Uri("/api/forms/work-log?from=2026-10-01&to=2026-11-30", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.NotNull((await tooLong.ReadNodeAsync())["errors"]!["to"]);
    }
}
