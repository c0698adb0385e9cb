using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Local.Tests;

/// <summary>
/// The console runs the issue-10 procedure: the first-question owner's read-back and what the caller was told
/// (R-IN-9), a paid service's fee and consent (R-FU-9) and, from the case view, the new time agreed with the owner.
/// </summary>
public sealed partial class ConsoleBrowserTests
{
    [Fact]
    [Trait("Rule", "R-IN-9")]
    [Trait("Rule", "R-FU-9")]
    public async Task Console_IntakeWithFirstQuestionAndFee_ThenPaidDelayAgreed_ShowsOnTimeline()
    {
        var page = await OpenAsync();
        var intake = await FillPaidRepairAsync(page);
        await intake.Locator("[name='fee.agreed']").CheckAsync();
        await intake.Locator("button[type=submit]").ClickAsync();

        await Expect(page.Locator("#case .case-head .status")).ToHaveAttributeAsync("data-status", "dispatched");
        var timeline = page.Locator("#timeline");
        var readBack = timeline.Locator("tr[data-kind=received]", new() { HasText = "复述确认" });
        await Expect(readBack).ToContainTextAsync("卫生间龙头漏水，上门更换阀芯");
        await Expect(readBack.Locator("code.rule")).ToHaveTextAsync("R-IN-9");
        var told = timeline.Locator("tr[data-kind=received]", new() { HasText = "已告知来电人办理程序" });
        await Expect(told).ToContainTextAsync("维修工上门，按价目表收费");
        await Expect(told).ToContainTextAsync("15:00");
        var fee = timeline.Locator("tr[data-kind=opened]", new() { HasText = "有偿服务" });
        await Expect(fee).ToContainTextAsync("50元/次");
        await Expect(fee.Locator("code.rule")).ToHaveTextAsync("R-FU-9");
        await Expect(page.Locator("#first-question [data-fq=read-back]")).ToContainTextAsync("卫生间龙头漏水");

        // The repairman cannot keep the promise: the agent tells the owner why and records the new time agreed.
        await page.Locator("#case button[data-signal=paid-delay-agreed]").ClickAsync();
        var form = page.Locator("form[data-signal-form=paid-delay-agreed]");
        await form.Locator("[name=dueUtc]").FillAsync("2026-11-20T16:30");
        await form.Locator("[name=reason]").FillAsync("维修工在处理另一单");
        await form.Locator("button[type=submit]").ClickAsync();
        var delay = timeline.Locator("tr[data-kind=progress]", new() { HasText = "约定新的上门时间" });
        await Expect(delay).ToContainTextAsync("维修工在处理另一单");
        await Expect(delay).ToContainTextAsync("16:30");
        await Expect(delay.Locator("code.rule")).ToHaveTextAsync("R-FU-9");
        await Expect(page.Locator("#case .fact-card").Last).ToContainTextAsync("16:30");

        Assert.Empty(_pageErrors);
    }

    [Fact]
    [Trait("Rule", "R-FU-9")]
    public async Task Console_PaidCategoryWithoutConsent_ShowsErrorAtFeeAgreed()
    {
        var page = await OpenAsync();

        // The fee block is there only for a paid category.
        var intake = page.Locator("#intake-form");
        await Expect(intake.Locator("#intake-fee")).ToBeHiddenAsync();
        intake = await FillPaidRepairAsync(page);
        await intake.Locator("button[type=submit]").ClickAsync();

        await Expect(intake.Locator("[data-error-for='fee.agreed']")).Not.ToBeEmptyAsync();
        await Expect(intake.Locator("[name='fee.agreed']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(intake.Locator("[data-error-for='fee.amount']")).ToBeEmptyAsync();
        await Expect(intake.Locator(".problem")).ToContainTextAsync("fee.agreed");
        await Expect(page.Locator("#case")).ToHaveCountAsync(0);

        Assert.Empty(_pageErrors);
    }

    private async Task<IPage> OpenAsync()
    {
        var page = _browser!.Pages.Count > 0 ? _browser.Pages[0] : await _browser.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        await page.GotoAsync(_host.BaseAddress.ToString());
        await SignInAsync(page, "agent1");
        await page.Locator("[data-tab=intake]").ClickAsync();
        return page;
    }

    /// <summary>A paid repair with the first-question fields filled in; the owner's consent is left to the test.</summary>
    private static async Task<ILocator> FillPaidRepairAsync(IPage page)
    {
        var intake = page.Locator("#intake-form");
        await intake.Locator("[name='caller.name']").FillAsync("李四");
        await intake.Locator("[name='caller.phone']").FillAsync("139 1234 5678");
        await intake.Locator("[name='caller.address']").FillAsync("5栋302");
        await intake.Locator("[name='caller.property']").FillAsync("阳光园区");
        await intake.Locator("[name=category]").SelectOptionAsync("paid-repair");
        await Expect(intake.Locator("#intake-fee")).ToBeVisibleAsync();
        await intake.Locator("[name='fee.amount']").FillAsync("50元/次");
        await intake.Locator("[name=summary]").FillAsync("卫生间龙头漏水");
        await intake.Locator("[name=readBack]").FillAsync("卫生间龙头漏水，上门更换阀芯");
        await intake.Locator("[name=toldProcedure]").FillAsync("维修工上门，按价目表收费");
        await intake.Locator("[name=toldExpectedUtc]").FillAsync("2026-11-20T15:00");
        return intake;
    }
}
