using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// The console's shift views against the agreed contract of the search/queue endpoints (issue 12), whatever the host
/// serves for them: the four read endpoints are answered here with contract-shaped bodies built around real cases of the
/// real host, so the rendering is checked on its own — my queue's order and 待我处理 labels, the deadline marks, the
/// search request and results, the caller history's 回头客 / 二次投诉 flags and links, the count chips as filters.
/// The shift walk (<see cref="ShiftWalkBrowserTests"/>) checks the same views against the real endpoints.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ShiftViewsContractBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("views"), LocalHost.Friday1400);
    private ConsoleBrowser? _browser;

    public async Task InitializeAsync() => _browser = await ConsoleBrowser.OpenAsync(_host.BaseAddress);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _host.Dispose();
    }

    [Fact]
    [Trait("Rule", "R-FU-8")]
    [Trait("Rule", "R-EM-2")]
    public async Task QueueSearchHistoryAndCounts_RenderTheContract()
    {
        using var agent = _host.As("agent1");
        var repair = await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "王五", phone = "13955554321", address = "7栋502", property = "阳光园区" },
            category = "repair", summary = "厨房下水道堵塞", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        });
        var fire = await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "赵六", phone = "13800001111", address = "地下车库B区", property = "阳光园区" },
            category = "fire", urgency = "emergency", summary = "地下车库冒烟", receivedBy = "agent1", decision = "open", reason = "emergency",
        });
        var repairId = repair.Str("id");
        var fireId = fire.Str("id");
        JsonObject Summary(JsonNode created, string summary, string? awaiting, bool near, string urgency) => new()
        {
            ["id"] = created.Str("id"), ["ref"] = created.Str("ref"), ["status"] = "dispatched", ["profile"] = "park-dispatch", ["category"] = "repair",
            ["urgency"] = urgency, ["assignee"] = "engineering-head", ["assigneeName"] = "维修班长 赵师傅", ["firstOwner"] = "agent1",
            ["firstOwnerName"] = "调度员 小周", ["callerName"] = "王五", ["callerPhone"] = "+8613955554321", ["address"] = "7栋502",
            ["summary"] = summary, ["receivedUtc"] = "2026-11-20T06:00:00+00:00", ["handlingDueUtc"] = "2026-11-24T10:00:00+00:00",
            ["nextDueUtc"] = "2026-11-20T08:00:00+00:00", ["overdue"] = false, ["nearDeadline"] = near, ["awaiting"] = awaiting,
        };

        var page = _browser!.Page;
        string? searched = null;
        await page.RouteAsync(new Regex("/api/cases\\?.*queue=mine"), route => FulfillAsync(route, new JsonObject
        {
            // The server orders the queue (emergencies first, then by deadline); the console shows it as sent.
            ["items"] = new JsonArray(Summary(fire, "地下车库冒烟", "approve-closure", near: false, "emergency"), Summary(repair, "厨房下水道堵塞", "acknowledge", near: true, "normal")),
            ["continuationToken"] = null,
        }));
        await page.RouteAsync("**/api/cases/search", route =>
        {
            searched = JsonNode.Parse(route.Request.PostData!)!.Str("text");
            return FulfillAsync(route, new JsonObject { ["items"] = new JsonArray(Summary(repair, "厨房下水道堵塞", null, near: false, "normal")), ["continuationToken"] = null });
        });
        await page.RouteAsync("**/api/callers/history", route => FulfillAsync(route, new JsonObject
        {
            ["phone"] = "+8613955554321", ["cases"] = new JsonArray(Summary(repair, "厨房下水道堵塞", null, near: false, "normal")),
            ["openCount"] = 1, ["repeatCaller"] = true, ["secondComplaint"] = true,
        }));
        await page.RouteAsync("**/api/cases/counts", route => FulfillAsync(route, JsonNode.Parse(
            """{"byStatus":{"dispatched":2,"closed":1},"overdue":0,"nearDeadline":1,"emergency":1,"mine":2}""")!));

        // 我的待办: the emergency first with icon + words, what awaits me in Chinese, names with ids as tooltips.
        await _browser.SignInAsync("agent1");
        var rows = page.Locator("#queue-list tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToHaveAttributeAsync("data-case-id", fireId);
        await Expect(rows.First.Locator(".flag-emergency")).ToHaveTextAsync("⚠ 紧急");
        await Expect(rows.First.Locator("td.awaiting")).ToHaveTextAsync("待批准结案");
        await Expect(rows.Nth(1).Locator("td.awaiting")).ToHaveTextAsync("待确认收到");
        await Expect(rows.Nth(1).Locator(".flag-near")).ToHaveTextAsync("⏳ 临近时限");
        var assignee = rows.Nth(1).Locator(".person[data-staff-id=engineering-head]");
        await Expect(assignee).ToHaveTextAsync("维修班长 赵师傅");
        await Expect(assignee).ToHaveAttributeAsync("title", "engineering-head");
        await _browser.ShotAsync("views-1-queue.png");

        // Search: the text goes to the server as typed; the result shows the caller and opens the case.
        await page.Locator("#search-text").FillAsync("4321");
        await page.Locator("#search-form button[type=submit]").ClickAsync();
        var hit = page.Locator($"#search-results tr[data-case-id='{repairId}']");
        await Expect(hit).ToContainTextAsync("王五 +8613955554321");
        await Expect(hit).ToContainTextAsync("7栋502");
        await Expect(page.Locator("#search-count")).ToHaveTextAsync("找到 1 件");
        Assert.Equal("4321", searched);

        // Intake: the caller's history appears when the phone is typed, flagged, each case a link to it.
        await page.Locator("[data-tab=intake]").ClickAsync();
        await page.Locator("#intake-form [name='caller.phone']").FillAsync("139 5555 4321");
        var history = page.Locator("#caller-history");
        await Expect(history.Locator("[data-flag=repeat-caller]")).ToHaveTextAsync("↻ 回头客");
        await Expect(history.Locator("[data-flag=second-complaint]")).ToHaveTextAsync("⚠ 二次投诉");
        await Expect(history).ToContainTextAsync("其中未结 1 件");
        await _browser.ShotAsync("views-2-caller-history.png");
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
        await _browser.ShotAsync("views-3-counts.png");

        Assert.Empty(_browser.PageErrors);
    }

    private static Task FulfillAsync(IRoute route, JsonNode body) =>
        route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = body.ToJsonString(new JsonSerializerOptions()) });
}
