using Hotline.Testing.Durable;

namespace Hotline.Functions.Tests;

/// <summary>
/// <c>GET /api/cases</c> pages newest first across pages (not only within each page), and field staff's list comes from
/// the open-case index: only the cases they have a part in or their unit's (R-PV-1), in order across pages; the queue
/// and the counts agree with it.
/// </summary>
public sealed class CaseListOrderTests
{
    private static readonly string Cleaning = FunctionRequests.Intake.Replace("\"category\":\"repair\"", "\"category\":\"cleaning\"", StringComparison.Ordinal);

    [Fact]
    public async Task DeskList_PageSizeTwoOverFiveCases_IsNewestFirstAcrossPages()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var ids = new List<string>();
        foreach (var body in new[] { FunctionRequests.Intake, Cleaning, FunctionRequests.Intake, Cleaning, FunctionRequests.Intake })
        {
            ids.Add(await IntakeAsync(host, body));
        }

        var pages = await PagesAsync(host, "mgr", "?pageSize=2");

        Assert.Equal([ids[4], ids[3]], pages[0]);
        Assert.Equal(Enumerable.Reverse(ids), pages.SelectMany(p => p));
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task FieldStaffList_TheirUnitsOpenCasesOnly_NewestFirstAcrossPages_AndTheirQueueAndCountsAgree()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var ids = new List<string>();
        foreach (var body in new[] { FunctionRequests.Intake, Cleaning, FunctionRequests.Intake, Cleaning, FunctionRequests.Intake })
        {
            ids.Add(await IntakeAsync(host, body));
        }

        var repairs = new[] { ids[4], ids[2], ids[0] };
        var pages = await PagesAsync(host, "engineering-head", "?pageSize=2");
        Assert.Equal([ids[4], ids[2]], pages[0]);
        Assert.Equal(repairs, pages.SelectMany(p => p));
        Assert.Equal(repairs, (await PagesAsync(host, "engineering-head", "?pageSize=1&sort=deadline")).SelectMany(p => p).Order(StringComparer.Ordinal).Reverse());

        // Their queue: the dispatched repairs await their acknowledgement; the counts say as many.
        var queue = (await PagesAsync(host, "engineering-head", "?queue=mine&pageSize=2")).SelectMany(p => p).ToList();
        Assert.Equal(repairs.Order(StringComparer.Ordinal), queue.Order(StringComparer.Ordinal));
        var counts = FunctionRequests.Make(host.Services, "GET", "engineering-head");
        await FindingFunctions.CaseCounts(counts);
        var (status, answer) = FunctionRequests.Response(counts);
        Assert.Equal(200, status);
        Assert.Equal(3, answer!.Value.GetProperty("mine").GetInt32());
    }

    private static async Task<string> IntakeAsync(DurableCaseHost host, string body)
    {
        var request = FunctionRequests.Make(host.Services, "POST", "agent1", body);
        await ApiFunctions.Intake(request, host.Client);
        var (status, view) = FunctionRequests.Response(request);
        Assert.Equal(201, status);
        return view!.Value.GetProperty("id").GetString()!;
    }

    private static async Task<List<List<string>>> PagesAsync(DurableCaseHost host, string staff, string query)
    {
        var pages = new List<List<string>>();
        string? token = null;
        do
        {
            var request = FunctionRequests.Make(host.Services, "GET", staff, query: token is null ? query : $"{query}&continuationToken={Uri.EscapeDataString(token)}");
            await ApiFunctions.ListCases(request);
            var (status, body) = FunctionRequests.Response(request);
            Assert.True(status == 200, body?.ToString());
            pages.Add([.. body!.Value.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)]);
            token = body.Value.TryGetProperty("continuationToken", out var next) && next.ValueKind == System.Text.Json.JsonValueKind.String ? next.GetString() : null;
            Assert.True(pages.Count < 20, "paging should end");
        }
        while (token is not null);

        return pages;
    }
}
