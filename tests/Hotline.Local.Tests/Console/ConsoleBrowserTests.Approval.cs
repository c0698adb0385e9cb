using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Local.Tests;

/// <summary>
/// The approval steps that need words (R-RP-9) asked in the page, not in a browser prompt: 退回 with its reason and 上报
/// with the upstream office's reference, each refused in Chinese when left empty; then the upstream office reads the
/// roll-up submitted to it, without caller data (R-PV-1). Screenshots go to the test output (screenshots/).
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    [Fact]
    [Trait("Rule", "R-RP-9")]
    [Trait("Rule", "R-PV-1")]
    public async Task Reports_ReturnAndSubmit_AskedInThePageWithValidation_UpstreamReadsTheSubmittedRollUp()
    {
        using (var agent = _host.As("agent1"))
        {
            await agent.PostOkAsync("/api/cases", new
            {
                caller = new { name = "张三丰", phone = "13912345678", address = "5栋302", property = "湖滨小区" }, profile = "heating-supervision", channel = "upstream",
                category = "supervision", summary = "室温不达标，物业办转办", receivedBy = "agent1", decision = "open", reason = "on-site-work",
                upstream = new { number = "DB-2026-301", area = "兴庆区" },
            });
        }

        var page = await OpenAsync("agent1");
        await ReportsAsync(page, "heating-supervision", "month");
        await page.Locator("#approval button[data-step=generate]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "generated");

        // 退回: the reason is asked for in the page; empty is refused next to the field, nothing is sent.
        await SwitchAsync(page, "business-head");
        await ReportsAsync(page, "heating-supervision", "month");
        await page.Locator("#approval button[data-step=return]").ClickAsync();
        var form = page.Locator("#step-form[data-step=return]");
        await Expect(form.Locator("label")).ToContainTextAsync("退回原因");
        await form.Locator("button[data-confirm]").ClickAsync();
        await Expect(form.Locator("[data-error-for=reason]")).ToHaveTextAsync("请填写退回原因。");
        await Expect(form.Locator("[name=reason]")).ToHaveAttributeAsync("aria-invalid", string.Empty);
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "generated");
        await ShotAsync(page, "approval-return-asks-reason.png");
        await form.Locator("[name=reason]").FillAsync("按站分类有误，请核对后重新生成");
        await form.Locator("button[data-confirm]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveTextAsync("已退回");
        await Expect(page.Locator("#approval .steps")).ToContainTextAsync("「按站分类有误，请核对后重新生成」");
        await Expect(page.Locator("#step-form")).ToHaveCountAsync(0);

        // 取消 closes the form without a step.
        await SwitchAsync(page, "agent1");
        await ReportsAsync(page, "heating-supervision", "month");
        await page.Locator("#approval button[data-step=generate]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "generated");
        await SwitchAsync(page, "business-head");
        await ReportsAsync(page, "heating-supervision", "month");
        await page.Locator("#approval button[data-step=return]").ClickAsync();
        await page.Locator("#step-form button[data-cancel]").ClickAsync();
        await Expect(page.Locator("#step-form")).ToHaveCountAsync(0);
        await page.Locator("#approval button[data-step=review]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "reviewed");
        await SwitchAsync(page, "mgr");
        await ReportsAsync(page, "heating-supervision", "month");
        await page.Locator("#approval button[data-step=approve]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveAttributeAsync("data-status", "approved");

        // Before it is submitted, the upstream office has received nothing.
        await SwitchAsync(page, "upstream");
        await ReportsAsync(page, "heating-supervision", "month", "#received-report");
        await Expect(page.Locator("#received-status")).ToContainTextAsync("尚未上报贵单位");

        // 上报: the reference is asked for in the page, refused when empty, then recorded.
        await SwitchAsync(page, "agent1");
        await ReportsAsync(page, "heating-supervision", "month");
        await page.Locator("#approval button[data-step=submit]").ClickAsync();
        var submit = page.Locator("#step-form[data-step=submit]");
        await Expect(submit.Locator("label")).ToContainTextAsync("上级收文号/回执");
        await submit.Locator("[name=reference]").FillAsync("   ");
        await submit.Locator("button[data-confirm]").ClickAsync();
        await Expect(submit.Locator("[data-error-for=reference]")).ToHaveTextAsync("请填写上级收文号/回执。");
        await ShotAsync(page, "approval-submit-asks-reference.png");
        await submit.Locator("[name=reference]").FillAsync("物业办收文 2026-118");
        await submit.Locator("button[data-confirm]").ClickAsync();
        await Expect(page.Locator("#submission-status")).ToHaveTextAsync("已上报");
        await Expect(page.Locator("#approval li[data-step-done=submit]")).ToContainTextAsync("收文号 物业办收文 2026-118");

        // The upstream office reads the roll-up as submitted: reference, reviewer, approver, figures; no caller data, no return reason.
        await SwitchAsync(page, "upstream");
        await ReportsAsync(page, "heating-supervision", "month", "#received-report");
        await Expect(page.Locator("#received-status")).ToHaveTextAsync("已上报");
        await Expect(page.Locator("#received-reference")).ToHaveTextAsync("物业办收文 2026-118");
        await Expect(page.Locator("#received-report .steps")).ToContainTextAsync("审批：");
        await Expect(page.Locator("#received-figures tbody td").First).ToHaveTextAsync("1");
        await Expect(page.Locator("#received-report")).Not.ToContainTextAsync("按站分类有误");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("张三丰");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("13912345678");
        await ShotAsync(page, "upstream-reads-submitted-roll-up.png");
        Assert.Empty(_pageErrors);
    }
}
