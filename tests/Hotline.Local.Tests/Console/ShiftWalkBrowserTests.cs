using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// Issue 12 "Done when": a dispatcher's shift in Chromium against the real local host — sign in, find yesterday's caller
/// by the last four digits of the phone, take the new call with that caller's history on the intake form, see it in
/// 我的待办, follow the emergency (marked, first in the queue, its ladder and timeline with names), act on it from the
/// case view, sign out. A screenshot per step goes to the test output (screenshots/shift-*.png); the key texts of each
/// step are asserted on the page.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ShiftWalkBrowserTests(AzuriteFixture azurite) : ConsoleSession(azurite, "shift")
{
    private const string RepeatPhone = "13955554321";

    [Fact]
    [Trait("Rule", "R-IN-1")]
    [Trait("Rule", "R-FU-8")]
    [Trait("Rule", "R-EM-2")]
    [Trait("Rule", "R-PV-1")]
    public async Task Shift_SearchRepeatCaller_Intake_MyQueue_FollowEmergency_Act_SignOut()
    {
        // Before the shift: yesterday's call from 王五 is still open, and an emergency came in that agent1 received.
        using var agent = Host.As("agent1");
        var earlier = (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "王五", phone = RepeatPhone, address = "7栋502", property = "阳光园区" },
            category = "repair", summary = "厨房下水道堵塞", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id");
        var emergency = (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "赵六", phone = "13800001111", address = "地下车库B区", property = "阳光园区" },
            category = "fire", urgency = "emergency", summary = "地下车库冒烟", receivedBy = "agent1", decision = "open", reason = "emergency",
        })).Str("id");
        var browser = Browser;
        var page = browser.Page;

        // 1. Sign in: the dispatcher lands on 我的待办.
        await browser.SignInAsync("agent1");
        await Expect(page.Locator("#who-name")).ToHaveTextAsync("调度员 小周");
        await Expect(page.Locator("[data-tab=queue]")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator($"#queue-list tr[data-case-id='{earlier}']")).ToBeVisibleAsync();
        await browser.ShotAsync("shift-1-signed-in.png");

        // 2. 王五 rings again: the last four digits of the phone find yesterday's case.
        await page.Locator("#search-text").FillAsync("4321");
        await page.Locator("#search-text").PressAsync("Enter");
        var hit = page.Locator($"#search-results tr[data-case-id='{earlier}']");
        await Expect(hit).ToContainTextAsync("王五");
        await Expect(hit).ToContainTextAsync("厨房下水道堵塞");
        await Expect(page.Locator($"#search-results tr[data-case-id='{emergency}']")).ToHaveCountAsync(0);
        await browser.ShotAsync("shift-2-search.png");

        // 3. Intake: typing the phone shows the caller's history — a repeat caller with an open case (二次投诉).
        await page.Locator("[data-tab=intake]").ClickAsync();
        var intake = page.Locator("#intake-form");
        await intake.Locator("[name='caller.name']").FillAsync("王五");
        await intake.Locator("[name='caller.phone']").FillAsync("139 5555 4321");
        await intake.Locator("[name='caller.address']").FillAsync("7栋502");
        var history = page.Locator("#caller-history");
        await Expect(history.Locator($"tr[data-case-id='{earlier}']")).ToBeVisibleAsync();
        await Expect(history.Locator("[data-flag=repeat-caller]")).ToHaveTextAsync("↻ 回头客");
        await Expect(history.Locator("[data-flag=second-complaint]")).ToContainTextAsync("二次投诉");
        await intake.Locator("[name='caller.property']").FillAsync("阳光园区");
        await intake.Locator("[name=summary]").FillAsync("卫生间漏水到楼下");
        await browser.ShotAsync("shift-3-intake-history.png");
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#case .case-head .status")).ToHaveAttributeAsync("data-status", "dispatched");
        var filed = await page.Locator("#case").GetAttributeAsync("data-case-id") ?? throw new InvalidOperationException("No case id shown.");
        await Expect(page.Locator("#first-owner .person")).ToHaveTextAsync("调度员 小周");

        // 4. 我的待办: the new case is there; the emergency is first, marked with icon and words, not colour alone.
        await page.Locator("[data-tab=queue]").ClickAsync();
        var queue = page.Locator("#queue-list tbody tr");
        await Expect(page.Locator($"#queue-list tr[data-case-id='{filed}']")).ToBeVisibleAsync();
        await Expect(queue.First).ToHaveAttributeAsync("data-case-id", emergency);
        await Expect(queue.First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("emergency"));
        await Expect(queue.First.Locator(".flag-emergency")).ToHaveTextAsync("⚠ 紧急");
        await Expect(page.Locator("#queue-summary")).ToContainTextAsync("紧急 1 件");
        await browser.ShotAsync("shift-4-my-queue.png");

        // 5. Follow the emergency: the manager was told at once (R-EM-2); the timeline names people, ids in tooltips.
        await queue.First.ClickAsync();
        await Expect(page.Locator("#case .case-head .flag-emergency")).ToHaveTextAsync("⚠ 紧急");
        var timeline = page.Locator("#timeline");
        var ladder = timeline.Locator("tr", new() { Has = page.Locator("code.rule", new() { HasText = "R-EM-2" }) }).First;
        await Expect(ladder).ToContainTextAsync("管理处经理 陈经理");
        await Expect(ladder.Locator(".person[title=mgr]")).ToBeVisibleAsync();
        var receivedBy = timeline.Locator("tr[data-kind=received] .person").First;
        await Expect(receivedBy).ToHaveTextAsync("调度员 小周");
        await Expect(receivedBy).ToHaveAttributeAsync("title", "agent1");
        await Expect(timeline).Not.ToContainTextAsync("agent1");
        await browser.ShotAsync("shift-5-emergency.png");

        // 6. Act on it from the case view: record progress; the timeline shows it under the dispatcher's name.
        await page.Locator("#case button[data-signal=progress]").ClickAsync();
        var form = page.Locator("form[data-signal-form=progress]");
        await form.Locator("[name=text]").FillAsync("已通知消防控制室，保安队长到场处置");
        await form.Locator("button[type=submit]").ClickAsync();
        var progress = timeline.Locator("tr[data-kind=progress]", new() { HasText = "保安队长到场处置" });
        await Expect(progress).ToBeVisibleAsync();
        await Expect(progress.Locator(".person")).ToHaveTextAsync("调度员 小周");
        await browser.ShotAsync("shift-6-acted.png");

        // 7. Sign out: the sign-in form is back and nothing of the shift is left on the page.
        await page.Locator("#signout").ClickAsync();
        await Expect(page.Locator("#signin-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#workspace")).ToBeHiddenAsync();
        await Expect(page.Locator("#search-text")).ToHaveCountAsync(0);
        await Expect(page.Locator("#main")).ToBeEmptyAsync();
        await browser.ShotAsync("shift-7-signed-out.png");

        Assert.Empty(browser.PageErrors);
    }
}
