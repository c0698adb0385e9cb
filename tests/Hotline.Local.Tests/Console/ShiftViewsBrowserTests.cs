using static Microsoft.Playwright.Assertions;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// The console's shift views (issue 12) in Chromium against the real host's search, caller-history, queue and count
/// endpoints: my queue's order, deadline marks and 待我处理 labels, the search results, the caller history's 回头客 /
/// 二次投诉 flags and links, the count chips as filters. The shift walk (<see cref="ShiftWalkBrowserTests"/>) strings the
/// same views into a dispatcher's shift.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ShiftViewsBrowserTests(AzuriteFixture azurite) : ConsoleSession(azurite, "views")
{
    [Fact]
    [Trait("Rule", "R-FU-8")]
    [Trait("Rule", "R-EM-2")]
    public async Task QueueSearchHistoryAndCounts_FromTheRealEndpoints()
    {
        using var agent = Host.As("agent1");
        var repairId = (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "王五", phone = "13955554321", address = "7栋502", property = "阳光园区" },
            category = "repair", summary = "厨房下水道堵塞", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id");
        var fireId = (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "赵六", phone = "13800001111", address = "地下车库B区", property = "阳光园区" },
            category = "fire", urgency = "emergency", summary = "地下车库冒烟", receivedBy = "agent1", decision = "open", reason = "emergency",
        })).Str("id");

        // 我的待办 of the agent who took both calls: the emergency first with icon + words, names with ids as tooltips.
        var page = Browser.Page;
        await Browser.SignInAsync("agent1");
        var rows = page.Locator("#queue-list tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToHaveAttributeAsync("data-case-id", fireId);
        await Expect(rows.First.Locator(".flag-emergency")).ToHaveTextAsync("⚠ 紧急");
        var assignee = rows.Nth(1).Locator(".person[data-staff-id=engineering-head]");
        await Expect(assignee).ToHaveTextAsync("维修班长 赵师傅");
        await Expect(assignee).ToHaveAttributeAsync("title", "engineering-head");
        await Browser.ShotAsync("views-1-queue.png");

        // Search by the phone's last four digits: the result shows the caller (the agent has a part) and opens the case.
        await page.Locator("#search-text").FillAsync("4321");
        await page.Locator("#search-form button[type=submit]").ClickAsync();
        var hit = page.Locator($"#search-results tr[data-case-id='{repairId}']");
        await Expect(hit).ToContainTextAsync("王五");
        await Expect(hit).ToContainTextAsync("7栋502");
        await Expect(page.Locator("#search-count")).ToHaveTextAsync("找到 1 件");

        // Intake: the caller's history appears when the phone is typed; the open case makes this call a second complaint.
        await page.Locator("[data-tab=intake]").ClickAsync();
        await page.Locator("#intake-form [name='caller.phone']").FillAsync("139 5555 4321");
        var history = page.Locator("#caller-history");
        await Expect(history.Locator("[data-flag=repeat-caller]")).ToHaveTextAsync("↻ 回头客");
        await Expect(history.Locator("[data-flag=second-complaint]")).ToHaveTextAsync("⚠ 二次投诉");
        await Expect(history).ToContainTextAsync("其中未结 1 件");
        await Browser.ShotAsync("views-2-caller-history.png");
        await history.Locator($"tr[data-case-id='{repairId}']").ClickAsync();
        await Expect(page.Locator("#case")).ToHaveAttributeAsync("data-case-id", repairId);

        // 工单列表: count chips per status; a chip filters the list.
        await page.Locator("[data-tab=cases]").ClickAsync();
        var chip = page.Locator("#case-counts [data-count='status=dispatched']");
        await Expect(chip).ToHaveTextAsync("已派单 2");
        await Expect(page.Locator("#case-counts [data-count='urgency=emergency']")).ToHaveTextAsync("⚠ 紧急 1");
        await chip.ClickAsync();
        await Expect(page.Locator("#case-filters [name=status]")).ToHaveValueAsync("dispatched");
        await Expect(page.Locator("#case-counts [data-count='status=dispatched']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator($"#case-list tr[data-case-id='{fireId}'] .flag-emergency")).ToBeVisibleAsync();
        await Browser.ShotAsync("views-3-counts.png");

        // The repair lead's queue: the repair awaits his 收到 (R-DS-1), said in Chinese.
        await page.Locator("#signout").ClickAsync();
        await Browser.SignInAsync("engineering-head");
        await Expect(page.Locator($"#queue-list tr[data-case-id='{repairId}'] td.awaiting")).ToHaveTextAsync("待接单");
        // The emergency crew is asked to reply 收到 to the fire alarm (R-EM-2): a step of its own, in Chinese too.
        await Expect(page.Locator($"#queue-list tr[data-case-id='{fireId}'] td.awaiting")).ToHaveTextAsync("待回复“收到”");
        await Browser.ShotAsync("views-4-lead-queue.png");

        Assert.Empty(Browser.PageErrors);
    }
}
