using System.Globalization;
using Hotline.Testing.Durable;

namespace Hotline.Functions.Tests;

/// <summary>
/// The reports screen's drill-down: GET /api/cases lists the cases behind a figure of the monthly report, by the same keys
/// the report groups on (category R-RP-4, dispatcher R-RP-1, responsible unit), with bad filters refused as 400 naming them.
/// </summary>
public sealed class CaseListDrillDownTests
{
    [Fact]
    [Trait("Rule", "R-RP-4")]
    [Trait("Rule", "R-RP-1")]
    public async Task List_FiguresOfTheMonth_ByCategoryDispatcherUnitAndMonth()
    {
        await using var host = await DurableCaseHost.StartAsync();
        await IntakeAsync(host, FunctionRequests.Intake);
        await IntakeAsync(host, FunctionRequests.Intake.Replace("\"category\":\"repair\"", "\"category\":\"cleaning\"", StringComparison.Ordinal));
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var earlier = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        Assert.Equal(["cleaning"], await CategoriesAsync(host, "?category=cleaning"));
        Assert.Equal(["repair"], await CategoriesAsync(host, "?unit=engineering"));
        // Newest first: the list's default order (sort=received).
        Assert.Equal(["cleaning", "repair"], await CategoriesAsync(host, $"?profile=park-dispatch&month={month}&firstOwner=agent1"));
        Assert.Empty(await CategoriesAsync(host, "?firstOwner=agent2"));
        Assert.Empty(await CategoriesAsync(host, $"?month={earlier}"));
        Assert.Empty(await CategoriesAsync(host, "?profile=heating-supervision"));
        // An empty key is the report's "none" row: both cases were routed, so none is without a unit.
        Assert.Empty(await CategoriesAsync(host, "?unit="));
        Assert.Equal(["cleaning"], await CategoriesAsync(host, "?serviceArea=Cleaning"));
    }

    [Theory]
    [Trait("Rule", "R-RP-4")]
    [InlineData("?profile=nope", "profile")]
    [InlineData("?month=2026-13", "month")]
    [InlineData("?month=2026-11&from=2026-11-01T00:00:00Z", "month")]
    public async Task List_BadDrillDownFilter_400NamingIt(string query, string field)
    {
        await using var host = await DurableCaseHost.StartAsync();
        var request = FunctionRequests.Make(host.Services, "GET", "mgr", query: query);
        await ApiFunctions.ListCases(request);
        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(400, status);
        Assert.True(body!.Value.GetProperty("errors").TryGetProperty(field, out _), body.Value.ToString());
    }

    private static async Task IntakeAsync(DurableCaseHost host, string body)
    {
        var request = FunctionRequests.Make(host.Services, "POST", "agent1", body);
        await ApiFunctions.Intake(request, host.Client);
        Assert.Equal(201, FunctionRequests.Response(request).Status);
    }

    private static async Task<List<string>> CategoriesAsync(DurableCaseHost host, string query)
    {
        var request = FunctionRequests.Make(host.Services, "GET", "mgr", query: query);
        await ApiFunctions.ListCases(request);
        var (status, body) = FunctionRequests.Response(request);
        Assert.True(status == 200, body?.ToString());
        return [.. body!.Value.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("category").GetString()!)];
    }
}
