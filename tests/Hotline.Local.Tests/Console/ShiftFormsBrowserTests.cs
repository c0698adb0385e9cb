using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// Issue 12 in Chromium against the real host: intake errors in Chinese next to the field they concern, items without a
/// caller identity (anonymous, found by staff, upstream), a rule refusal in plain Chinese with its rule id, and the
/// admins' staff directory — a phone taken by someone else refused at the phone field, an API key rotated and shown once.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ShiftFormsBrowserTests(AzuriteFixture azurite) : ConsoleSession(azurite, "forms")
{
    [Fact]
    [Trait("Rule", "R-IN-1")]
    [Trait("Rule", "R-IN-8")]
    [Trait("Rule", "R-IN-6")]
    public async Task Intake_ErrorsInChineseAtTheirFields_AnonymousStaffFoundAndUpstreamItemsFiled()
    {
        var browser = Browser;
        var page = browser.Page;
        await browser.SignInAsync("agent1");
        await page.Locator("[data-tab=intake]").ClickAsync();
        var intake = page.Locator("#intake-form");

        // Nothing filled in: each missing caller field is named and marked where it is typed, in Chinese.
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(intake.Locator("[data-error-for='caller.name']")).ToContainTextAsync("请填写来电人姓名");
        await Expect(intake.Locator("[data-error-for='caller.phone']")).ToContainTextAsync("请填写电话");
        await Expect(intake.Locator("[data-error-for='caller.address']")).ToContainTextAsync("请填写地址/房号");
        await Expect(intake.Locator("[data-error-for='summary']")).ToContainTextAsync("请填写诉求摘要");
        await Expect(intake.Locator("[name='caller.name']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(intake.Locator("[name='caller.property']")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(intake.Locator(".problem")).ToContainTextAsync("来电人姓名：请填写来电人姓名");
        await browser.ShotAsync("forms-1-intake-errors.png");

        // A bad phone: the Chinese reason, the server's English in small print.
        await intake.Locator("[name='caller.phone']").FillAsync("12");
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(intake.Locator("[data-error-for='caller.phone']")).ToContainTextAsync("电话号码格式不对");
        await Expect(intake.Locator("[data-error-for='caller.phone'] small.en")).ToContainTextAsync("is not a phone number");

        // An anonymous report: name and phone may be left out (the labels say so); the location is still needed.
        await intake.Locator("[name='caller.phone']").FillAsync(string.Empty);
        await intake.Locator("[name=anonymous]").CheckAsync();
        await Expect(intake.Locator("label", new() { HasText = "姓名" }).Locator(".optional")).ToHaveTextAsync("（可不填）");
        await FillPlaceAsync(intake, "楼道有人占用消防通道");
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#case .caller-name")).ToHaveTextAsync("匿名 / 未留姓名");

        // Found by staff on the round (内部发现): no caller identity either.
        await page.Locator("[data-tab=intake]").ClickAsync();
        await intake.Locator("[name=channel]").SelectOptionAsync("internal");
        await FillPlaceAsync(intake, "巡查发现5栋电梯厅吊顶脱落");
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#case .case-summary")).ToContainTextAsync("巡查发现5栋电梯厅吊顶脱落");
        await Expect(page.Locator("#case .caller-phone")).ToHaveTextAsync("未留电话");

        // A supervision item (督办件) without its number: refused by R-IN-6, said in Chinese with the rule id.
        await page.Locator("[data-tab=intake]").ClickAsync();
        await intake.Locator("[name=channel]").SelectOptionAsync("upstream");
        await FillPlaceAsync(intake, "12345转办：小区噪音扰民");
        await intake.Locator("button[type=submit]").ClickAsync();
        var problem = intake.Locator(".problem");
        await Expect(problem).ToContainTextAsync("不符合规则 R-IN-6：督办件须登记编号、区域");
        await browser.ShotAsync("forms-2-rule-refusal.png");
        await intake.Locator("[name='upstream.number']").FillAsync("DB-2026-118");
        await intake.Locator("[name='upstream.area']").FillAsync("南区");
        await intake.Locator("[name='upstream.dueUtc']").FillAsync("2026-11-23T17:00");
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#timeline")).ToContainTextAsync("督办件 DB-2026-118 登记台账：区域 南区");
        await browser.ShotAsync("forms-3-upstream-filed.png");

        Assert.Empty(browser.PageErrors);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task StaffAdmin_PhoneTakenShownAtPhone_RolesAndManagerSaved_KeyRotatedShownOnce()
    {
        var browser = Browser;
        var page = browser.Page;
        await browser.SignInAsync("admin");
        await page.Locator("[data-tab=staff]").ClickAsync();
        var list = page.Locator("#staff-list");
        await Expect(list.Locator("tr[data-staff-id=agent2]")).ToContainTextAsync("值班员 小吴");
        await Expect(list.Locator("tr[data-staff-id=agent2]")).ToContainTextAsync("管理处经理 陈经理");

        // A number belongs to one staff member, since SMS replies are attributed by it (R-DS-1): 409 at the phone field.
        await list.Locator("button[data-edit=agent2]").ClickAsync();
        var form = page.Locator("#staff-form");
        var phone = await form.Locator("[name=phone]").InputValueAsync();
        await form.Locator("[name=phone]").FillAsync("+8613900000004");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(form.Locator("[data-error-for=phone]")).ToContainTextAsync("该号码已属于员工 agent1");
        await Expect(form.Locator("[name=phone]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator(".problem")).ToContainTextAsync("与已有数据冲突");
        await browser.ShotAsync("staff-1-phone-taken.png");

        // Back to the own number; add the recorder role, report to 客服主管, rotate the key.
        await form.Locator("[name=phone]").FillAsync(phone);
        await form.Locator("[data-role=recorder]").CheckAsync();
        await form.Locator("[name=manager]").SelectOptionAsync("coord");
        await form.Locator("[name=issueApiKey]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        var issued = page.Locator("#issued-key");
        await Expect(issued).ToHaveValueAsync(new Regex("^hk_[0-9a-f]{48}$"));
        await Expect(page.Locator("#staff-key")).ToContainTextAsync("此密钥只显示这一次");
        await Expect(list.Locator("tr[data-staff-id=agent2]")).ToContainTextAsync("登记员");
        await Expect(list.Locator("tr[data-staff-id=agent2]")).ToContainTextAsync("客服主管 郑主管");
        var key = await issued.InputValueAsync();
        await page.Locator("#copy-key").ClickAsync();
        Assert.Equal(key, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await browser.ShotAsync("staff-2-key-once.png");

        // The new key signs agent2 in; after a fresh look at the directory, the key is shown nowhere again.
        await page.Locator("#signout").ClickAsync();
        await page.Locator("#signin-key").FillAsync(key);
        await page.Locator("#signin-staff").FillAsync("agent2");
        await page.Locator("#signin-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#who-name")).ToHaveTextAsync("值班员 小吴");
        await Expect(page.Locator("[data-tab=staff]")).ToBeHiddenAsync();
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        Assert.Empty(browser.PageErrors);
    }

    private static async Task FillPlaceAsync(ILocator intake, string summary)
    {
        await intake.Locator("[name='caller.address']").FillAsync("5栋楼道");
        await intake.Locator("[name='caller.property']").FillAsync("阳光园区");
        await intake.Locator("[name=summary]").FillAsync(summary);
    }
}
