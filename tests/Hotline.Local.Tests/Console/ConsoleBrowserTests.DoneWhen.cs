using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Local.Tests;

/// <summary>
/// Issue 11's "Done when" in one session: the manager opens the console, sees this month's KPIs against the targets with
/// the trend chart, opens the print views of the monthly summary and the hotline log, downloads both as XLSX (opened and
/// checked cell by cell), approves the heating weekly report after the agent prepared it and the 经营科科长 reviewed it,
/// and the upstream office signs in and reads its supervision items' report. Screenshots go to the test output.
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    [Fact]
    [Trait("Rule", "R-RP-2")]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-RP-9")]
    [Trait("Rule", "R-PV-1")]
    public async Task DoneWhen_ManagerKpisPrintsAndDownloads_ApprovesTheWeekly_UpstreamReadsItsItems()
    {
        string first;
        using (var agent = _host.As("agent1"))
        {
            var caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" };
            first = (await agent.PostOkAsync("/api/cases", new
            {
                caller, profile = "gm-hotline", category = "service-quality", summary = "张三丰反映楼盘处理不满意", receivedBy = "agent1", decision = "open",
                reason = "on-site-work", handledByBuildingBefore = true,
            })).Str("id");
            await agent.PostOkAsync("/api/cases", new
            {
                caller, profile = "heating-supervision", channel = "upstream", category = "supervision", summary = "室温不达标，物业办转办",
                receivedBy = "agent1", decision = "open", reason = "on-site-work", upstream = new { number = "DB-2026-301", area = "兴庆区" },
            });
            await agent.PostOkAsync("/api/cases", new
            {
                caller, profile = "heating-supervision", category = "service-fault", summary = "暖气漏水", receivedBy = "agent1", decision = "open", reason = "on-site-work",
            });
        }

        // The manager: this month's KPIs against the GM hotline's targets, and the trend chart.
        var page = await OpenAsync("mgr");
        await page.Locator("[data-tab=reports]").ClickAsync();
        await page.Locator("#report-controls [name=profile]").SelectOptionAsync("gm-hotline");
        await Expect(page.Locator("#report-date")).ToHaveValueAsync("2026-11");
        await Expect(page.Locator("#kpi-tiles [data-kpi=received] .tile-value")).ToHaveTextAsync("1");
        await Expect(page.Locator("#kpi-tiles [data-kpi=satisfaction]")).ToContainTextAsync("目标 ≥ 98%");
        await Expect(page.Locator("#kpi-tiles [data-kpi=closureRate]")).ToContainTextAsync("目标 ≥ 80%");
        await Expect(page.Locator("#trend-chart canvas")).ToBeVisibleAsync();
        await ShotAsync(page, "done-when-1-manager-kpis.png");

        // Print views: each opens in its own tab, with the form's title and the month's rows.
        var summary = await PrintViewAsync(page, "monthly-summary", "done-when-2-monthly-summary-print.png");
        await Expect(summary.Locator("h1")).ToHaveTextAsync("物业管理投诉调度记录月总结表");
        await Expect(summary.Locator("body")).ToContainTextAsync("agent1");
        var log = await PrintViewAsync(page, "hotline-log", "done-when-3-hotline-log-print.png");
        await Expect(log.Locator("h1")).ToHaveTextAsync("物业集团“总经理热线”记录");
        await Expect(log.Locator("body")).ToContainTextAsync("QR-8.2.1-01-09");
        await Expect(log.Locator("body")).ToContainTextAsync(first);
        await Expect(log.Locator("body")).Not.ToContainTextAsync("张三丰");
        await summary.CloseAsync();
        await log.CloseAsync();

        // XLSX downloads, opened and read cell by cell.
        var summaryRows = await DownloadXlsxAsync(page, "monthly-summary");
        Assert.Equal("物业管理投诉调度记录月总结表", summaryRows[0][0]);
        Assert.Contains(summaryRows, r => r.Count > 2 && r[0] == "agent1");
        Assert.Contains(summaryRows, r => r.Contains("合计"));
        var logRows = await DownloadXlsxAsync(page, "hotline-log");
        Assert.Equal("物业集团“总经理热线”记录", logRows[0][0]);
        var header = logRows.FindIndex(r => r.Count > 3 && r[0] == "序号" && r[2] == "案件编号");
        Assert.True(header > 0, "The hotline log's header row is in the sheet.");
        var row = logRows[header + 1];
        Assert.Equal(("1", first, "阳光园区", "服务质量", "agent1"), (row[0], row[2], row[3], row[4], row[6]));
        Assert.DoesNotContain(logRows.SelectMany(r => r), c => c.Contains("张三丰", StringComparison.Ordinal) || c.Contains("13912345678", StringComparison.Ordinal));

        // The heating weekly report: prepared by the agent, reviewed by the 经营科科长, approved by the manager (R-RP-9).
        await SwitchAsync(page, "agent1");
        await ReportsAsync(page, "heating-supervision", "week");
        await page.Locator("#approval button[data-step=generate]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "generated");
        await SwitchAsync(page, "business-head");
        await ReportsAsync(page, "heating-supervision", "week");
        await page.Locator("#approval button[data-step=review]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "reviewed");
        await SwitchAsync(page, "mgr");
        await ReportsAsync(page, "heating-supervision", "week");
        await Expect(page.Locator("#submission-figures")).ToContainTextAsync("送审数据：受理 2 件");
        await page.Locator("#approval button[data-step=approve]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveTextAsync("已审批");
        await Expect(page.Locator("#approval li[data-step-done=approve]")).ToContainTextAsync("管理处经理 陈经理");
        await ShotAsync(page, "done-when-4-weekly-approved.png");

        // The upstream office: its supervision items only (one of the two heating cases), no caller data.
        await SwitchAsync(page, "upstream");
        await page.Locator("[data-tab=reports]").ClickAsync();
        await page.Locator("#report-controls [name=profile]").SelectOptionAsync("heating-supervision");
        await Expect(page.Locator("#report-scope")).ToContainTextAsync("仅统计贵单位转办的督办件：本月 1 件");
        await Expect(page.Locator("#kpi-tiles [data-kpi=received] .tile-value")).ToHaveTextAsync("1");
        await Expect(page.Locator("#by-category")).ToContainTextAsync("督办件");
        await Expect(page.Locator("#period-forms [data-form=supervision-ledger]")).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("张三丰");
        await ShotAsync(page, "done-when-5-upstream-supervision-items.png");
        var ledger = await PrintViewAsync(page, "supervision-ledger", "done-when-6-upstream-supervision-ledger.png");
        await Expect(ledger.Locator("h1")).ToHaveTextAsync("督办件办理工作台帐");
        await Expect(ledger.Locator("body")).ToContainTextAsync("DB-2026-301");
        await Expect(ledger.Locator("body")).Not.ToContainTextAsync("暖气漏水");
        await ledger.CloseAsync();
        Assert.Empty(_pageErrors);
    }

    /// <summary>Clicks a period form's 打印 link; the print page opens in a new tab.</summary>
    private static async Task<IPage> PrintViewAsync(IPage page, string form, string screenshot)
    {
        var tab = await page.Context.RunAndWaitForPageAsync(() => page.Locator($"#period-forms [data-form={form}] a[data-format=html]").ClickAsync());
        await Expect(tab.Locator("h1")).ToBeVisibleAsync();
        await ShotAsync(tab, screenshot);
        return tab;
    }

    /// <summary>Clicks a period form's Excel link, keeps the file in the test output and reads its cells back.</summary>
    private static async Task<List<List<string>>> DownloadXlsxAsync(IPage page, string form)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"#period-forms [data-form={form}] a[data-format=xlsx]").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Directory.CreateDirectory(Screenshots);
        var path = Path.Combine(Screenshots, $"done-when-{form}.xlsx");
        await download.SaveAsAsync(path);
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];
    }
}
