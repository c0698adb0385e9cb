using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// The 调查与放行 tab in Chromium against the real host: the manager plans a satisfaction survey (a missing date named at
/// its field, in Chinese) and sees it listed; issues a release permit (a missing item list refused at its field) and sees it
/// listed; a guard of the security unit, who has no survey role, sees only the permits, decides at the gate on that permit
/// and hands security's copy back.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SurveysPermitsBrowserTests(AzuriteFixture azurite) : ConsoleSession(azurite, "surveys")
{
    [Fact]
    [Trait("Rule", "R-RV-7")]
    [Trait("Rule", "R-SV-1")]
    public async Task ManagerPlansSurveyAndIssuesPermit_ErrorsAtTheirFields_GuardDecidesAndHandsBack()
    {
        var browser = Browser;
        var page = browser.Page;
        await browser.SignInAsync("mgr");
        await page.Locator("[data-tab=surveys]").ClickAsync();

        // A plan without its start date: the server's 400 shown at the date, in Chinese; nothing listed.
        var plan = page.Locator("#survey-plan-form");
        await plan.Locator("[name=to]").FillAsync("2026-11-30");
        await plan.Locator("button[type=submit]").ClickAsync();
        await Expect(plan.Locator("[data-error-for=from]")).ToContainTextAsync("请填写开始日期");
        await Expect(plan.Locator("[name=from]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#survey-list")).ToContainTextAsync("暂无满意度调查");

        // The period and two areas (综合评议 is ticked already): the survey is planned and listed with nothing recorded yet.
        await plan.Locator("[name=from]").FillAsync("2026-11-01");
        await plan.Locator("[data-area=Security]").CheckAsync();
        await plan.Locator("button[type=submit]").ClickAsync();
        var survey = page.Locator("#survey-list tr[data-survey-id]");
        await Expect(survey).ToHaveCountAsync(1);
        await Expect(survey).ToContainTextAsync("2026-11-01 至 2026-11-30");
        await Expect(survey).ToContainTextAsync("0/2 个方面已录入");
        await Expect(survey.Locator(".status")).ToHaveTextAsync("进行中");

        // A permit without the items taken out: refused at the items field (§4.3: 问清搬出物品名称).
        var issue = page.Locator("#permit-issue-form");
        await issue.Locator("[name=unit]").FillAsync("5栋1201");
        await issue.Locator("[name=applicantName]").FillAsync("张先生");
        await issue.Locator("[name=idShown]").CheckAsync();
        await issue.Locator("[name=signedByApplicant]").CheckAsync();
        await issue.Locator("button[type=submit]").ClickAsync();
        await Expect(issue.Locator("[data-error-for=items]")).ToContainTextAsync("请填写搬出物品");
        await browser.ShotAsync("surveys-1-errors-at-fields.png");

        await issue.Locator("[name=items]").FillAsync("旧沙发一张");
        await issue.Locator("button[type=submit]").ClickAsync();
        var permit = page.Locator("#permit-list tr[data-permit-id]");
        await Expect(permit).ToHaveCountAsync(1);
        await Expect(permit).ToContainTextAsync("旧沙发一张");
        await Expect(permit).ToContainTextAsync("业主本人 张先生");
        await Expect(permit.Locator(".hand-back")).ToContainTextAsync("待交回");
        var permitId = await permit.GetAttributeAsync("data-permit-id");
        await browser.ShotAsync("surveys-2-planned-and-issued.png");

        // A guard of the security unit: no survey role, so no surveys; the permit at the gate releases the goods.
        await page.Locator("#signout").ClickAsync();
        await browser.SignInAsync("security-1");
        await Expect(page.Locator("[data-tab=surveys]")).ToBeVisibleAsync();
        await page.Locator("[data-tab=surveys]").ClickAsync();
        await Expect(page.Locator("#permit-list tr[data-permit-id]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#survey-list")).ToHaveCountAsync(0);
        await Expect(page.Locator("#permit-issue-form")).ToHaveCountAsync(0);
        await page.Locator($"button[data-gate='{permitId}']").ClickAsync();
        await page.Locator("#permit-gate-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#gate-result")).ToContainTextAsync("放行");
        await Expect(page.Locator("#gate-result")).ToContainTextAsync($"Released on permit {permitId}");

        // Security's copy goes back to the service centre and is filed.
        await page.Locator($"button[data-hand-back='{permitId}']").ClickAsync();
        await Expect(page.Locator("#permit-list tr[data-permit-id] .hand-back")).ToContainTextAsync("已交回");
        await browser.ShotAsync("surveys-3-gate-and-hand-back.png");

        Assert.Empty(browser.PageErrors);
    }
}
