using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Local.Tests;

/// <summary>
/// The reports screen in Chromium: the manager sees the month's KPI tiles against the GM hotline's targets with the trend
/// chart, drills from a figure to its cases and signs the month; the heating weekly report goes agent → 经营科科长 → 经理;
/// staff without a reader role get a Chinese refusal, not a broken page. Screenshots go to the test output (screenshots/).
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    [Trait("Rule", "R-RP-2")]
    [Trait("Rule", "R-RP-3")]
    [Trait("Rule", "R-RP-4")]
    [Trait("Rule", "R-RP-1")]
    public async Task Reports_ManagerSeesKpisAgainstTargets_DrillsToCases_SignsTheMonth()
    {
        using var agent = _host.As("agent1");
        var complaint = new { caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" }, profile = "gm-hotline",
            category = "service-quality", summary = "楼盘处理不满意", receivedBy = "agent1", decision = "open", reason = "on-site-work", handledByBuildingBefore = true };
        var first = (await agent.PostOkAsync("/api/cases", complaint)).Str("id");
        var second = (await agent.PostOkAsync("/api/cases", complaint with { summary = "二次投诉：维修未到场" })).Str("id");
        await agent.PostOkAsync("/api/cases", complaint with { category = "repair", handledByBuildingBefore = false });

        var page = await OpenAsync("mgr");
        await page.Locator("[data-tab=reports]").ClickAsync();
        await page.Locator("#report-controls [name=profile]").SelectOptionAsync("gm-hotline");
        // The host's manual clock (2026-11-20), not the browser's date, picks the month.
        await Expect(page.Locator("#report-date")).ToHaveValueAsync("2026-11");

        var tiles = page.Locator("#kpi-tiles");
        await Expect(tiles.Locator("[data-kpi=satisfaction]")).ToContainTextAsync("目标 ≥ 98%");
        await Expect(tiles.Locator("[data-kpi=closureRate]")).ToContainTextAsync("目标 ≥ 80%");
        await Expect(tiles.Locator("[data-kpi=feedbackTimeliness]")).ToContainTextAsync("反馈及时率");
        await Expect(tiles.Locator("[data-kpi=received] .tile-value")).ToHaveTextAsync("3");
        await Expect(page.Locator("#trend-chart canvas")).ToBeVisibleAsync();
        await Expect(page.Locator("#by-category")).ToContainTextAsync("服务质量");

        // Drill-down: the category's received figure lists exactly its two cases; a row opens the case.
        await page.Locator("#by-category tr[data-key=service-quality] button[data-figure=received]").ClickAsync();
        await Expect(page.Locator("#drill-count")).ToHaveAttributeAsync("data-count", "2");
        await Expect(page.Locator($"#drill-list tr[data-case-id='{first}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"#drill-list tr[data-case-id='{second}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#period-forms [data-form=monthly-summary] a[data-format=xlsx]"))
            .ToHaveAttributeAsync("href", "/api/forms/monthly-summary?profile=gm-hotline&month=2026-11&format=xlsx");
        await ShotAsync(page, "reports-month-gm-hotline.png");

        // R-RP-1: the manager comments and signs the month once; the signature is then shown instead of the form.
        await page.Locator("#sign-form textarea").FillAsync("本月反馈及时，继续保持回访质量。");
        await page.Locator("#sign-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#monthly-signature .notice")).ToContainTextAsync("经理意见：本月反馈及时");
        await Expect(page.Locator("#monthly-signature .notice")).ToContainTextAsync("管理处经理 陈经理");
        await Expect(page.Locator("#sign-form")).ToHaveCountAsync(0);

        await page.Locator("#by-category tr[data-key=service-quality] button[data-figure=received]").ClickAsync();
        await page.Locator($"#drill-list tr[data-case-id='{first}']").ClickAsync();
        await Expect(page.Locator("#case-forms [data-form=processing-file] a[data-format=html]"))
            .ToHaveAttributeAsync("href", $"/api/cases/{first}/forms/processing-file?format=html");
        Assert.Empty(_pageErrors);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    [Trait("Rule", "R-RP-2")]
    public async Task Reports_HeatingWeeklyReport_GeneratedReviewedApproved_TargetsOnlyWhereTheSeedGivesThem()
    {
        var page = await OpenAsync("agent1");
        await ReportsAsync(page, "heating-supervision", "week");
        await Expect(page.Locator("#submission-status")).ToHaveTextAsync("尚未生成");
        await page.Locator("#approval button[data-step=generate]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "generated");

        await SwitchAsync(page, "business-head");
        await ReportsAsync(page, "heating-supervision", "week");
        await page.Locator("#approval button[data-step=review]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveTextAsync("已审核，待审批");
        await Expect(page.Locator("#submission-figures")).ToContainTextAsync("送审数据：受理 0 件");

        await SwitchAsync(page, "mgr");
        await ReportsAsync(page, "heating-supervision", "week");
        await Expect(page.Locator("#week-tiles")).ToContainTextAsync("本周受理");
        await page.Locator("#approval button[data-step=approve]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveTextAsync("已审批");
        await Expect(page.Locator("#approval li[data-step-done=review]")).ToContainTextAsync("经营科科长 马科长");
        await Expect(page.Locator("#approval li[data-step-done=approve]")).ToContainTextAsync("管理处经理 陈经理");
        await ShotAsync(page, "reports-week-heating-approved.png");

        // Heating's seed sets only the revisit-rate target (003 §六(二)); the other KPIs show 无目标.
        await page.Locator("#report-controls [name=kind]").SelectOptionAsync("month");
        await Expect(page.Locator("#kpi-tiles [data-kpi=revisitRate]")).ToContainTextAsync("目标 ≥ 100%");
        await Expect(page.Locator("#kpi-tiles [data-kpi=satisfaction]")).ToContainTextAsync("无目标");

        // A field worker has no report role: the server refuses (403) and the screen says so in Chinese.
        await SwitchAsync(page, "engineering-1");
        await page.Locator("[data-tab=reports]").ClickAsync();
        await Expect(page.Locator("#report-forbidden")).ToContainTextAsync("您无权查看此报表");
        await ShotAsync(page, "reports-forbidden.png");
        Assert.Empty(_pageErrors);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    [Trait("Rule", "R-IN-6")]
    public async Task Reports_UpstreamOffice_ReadsItsSupervisionItemsOnly()
    {
        using var agent = _host.As("agent1");
        var caller = new { name = "张三丰", phone = "13912345678", address = "5栋302", property = "湖滨小区" };
        await agent.PostOkAsync("/api/cases", new
        {
            caller, profile = "heating-supervision", channel = "upstream", category = "supervision", summary = "室温不达标，物业办转办",
            receivedBy = "agent1", decision = "open", reason = "on-site-work", upstream = new { number = "DB-2026-301", area = "兴庆区" },
        });
        await agent.PostOkAsync("/api/cases", new
        {
            caller, profile = "heating-supervision", category = "service-fault", summary = "暖气漏水", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        });

        var page = await OpenAsync("upstream");
        await page.Locator("[data-tab=reports]").ClickAsync();
        await page.Locator("#report-controls [name=profile]").SelectOptionAsync("heating-supervision");
        await Expect(page.Locator("#report-scope")).ToContainTextAsync("仅统计贵单位转办的督办件：本月 1 件");
        await Expect(page.Locator("#kpi-tiles [data-kpi=received] .tile-value")).ToHaveTextAsync("1");
        await Expect(page.Locator("#monthly-signature")).ToHaveCountAsync(0);
        await Expect(page.Locator("#report-content")).Not.ToContainTextAsync("张三丰");
        await Expect(page.Locator("#period-forms [data-form]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#period-forms [data-form=supervision-ledger]")).ToBeVisibleAsync();
        await ShotAsync(page, "reports-upstream-office.png");
        Assert.Empty(_pageErrors);
    }

    private async Task<IPage> OpenAsync(string staffId)
    {
        var page = _browser!.Pages.Count > 0 ? _browser.Pages[0] : await _browser.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        await page.GotoAsync(_host.BaseAddress.ToString());
        await SignInAsync(page, staffId);
        return page;
    }

    private static async Task SwitchAsync(IPage page, string staffId)
    {
        await page.Locator("#signout").ClickAsync();
        await SignInAsync(page, staffId);
    }

    private static async Task ReportsAsync(IPage page, string profile, string kind, string panel = "#approval")
    {
        await page.Locator("[data-tab=reports]").ClickAsync();
        await Expect(page.Locator("#report-date")).Not.ToHaveValueAsync(string.Empty);
        await page.Locator("#report-controls [name=profile]").SelectOptionAsync(profile);
        await page.Locator("#report-controls [name=kind]").SelectOptionAsync(kind);
        await Expect(page.Locator(panel)).ToBeVisibleAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        var path = Path.Combine(Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty.");
    }
}
