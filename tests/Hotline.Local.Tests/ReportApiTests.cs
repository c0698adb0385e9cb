using System.Net;
using System.Text.RegularExpressions;

namespace Hotline.Local.Tests;

/// <summary>GET /api/reports/*: roles, a daily report after an intake, and 400 naming the bad parameter.</summary>
public sealed class ReportApiTests : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(null, "reports", LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Reports_NeedKey_AndAReadingRole()
    {
        using var none = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/reports/daily?date=2026-11-20")).StatusCode);
        using var worker = _host.As("engineering-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/reports/monthly?month=2026-11")).StatusCode);

        using var agent = _host.As("agent2");
        var monthly = await agent.GetOkAsync("/api/reports/monthly?month=2026-11");
        Assert.Null(monthly["summary"]!["overall"]);
        Assert.NotNull(monthly["statistics"]!["overall"]);
    }

    [Fact]
    [Trait("Rule", "R-RP-6")]
    [Trait("Rule", "R-PV-1")]
    public async Task DailyReport_AfterIntake_ListsTheOpenCase_WithoutCallerData()
    {
        using var agent = _host.As("agent1");
        var id = (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary = "张三丰家卫生间漏水，电话13912345678", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id");

        using var manager = _host.As("mgr");
        var response = await manager.GetAsync("/api/reports/daily?date=2026-11-20&profile=park-dispatch");
        // The API escapes non-ASCII characters (\u5F20…): compare against the decoded text.
        var text = Regex.Unescape(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var line = Assert.Single((await manager.GetOkAsync("/api/reports/daily?date=2026-11-20")).Items("cases"));
        Assert.Equal((id, "agent1", "dispatched"), (line.Str("caseId"), line.Str("firstOwner"), line.Str("status")));
        Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3栋1201", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/monthly?month=2026-13", "month")]
    [InlineData("/api/reports/monthly", "month")]
    [InlineData("/api/reports/weekly?week=next", "week")]
    [InlineData("/api/reports/daily?date=2026-11-20&profile=nope", "profile")]
    public async Task BadParameter_400ProblemNamingIt(string url, string parameter)
    {
        using var manager = _host.As("mgr");
        var response = await manager.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![parameter]);
    }
}
