using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Hotline.Local.Tests;

/// <summary>GET /api/reports/*: roles, a daily report after an intake, and 400 naming the bad parameter.</summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class ReportApiTests(Hotline.Testing.AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("reports"), LocalHost.Friday1400);

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

/// <summary>The manager's monthly comment and signature (R-RP-1): managers only, once, shown on the summary afterwards.</summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class MonthlySignOffTests(Hotline.Testing.AzuriteFixture azurite)
{
    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Manager_SignsOnce_AgentMayNot_SignatureSurvivesRestart()
    {
        var prefix = "sign" + Guid.NewGuid().ToString("N")[..8];
        using (var host = LocalHost.Start(azurite.ConnectionString, prefix, LocalHost.Friday1400))
        {
            using var agent = host.As("agent1");
            using var manager = host.As("mgr");
            var refused = await agent.PostAsJsonAsync("/api/reports/monthly/sign?month=2026-11", new { comment = "好" });
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
            var missing = await manager.PostAsJsonAsync("/api/reports/monthly/sign?month=2026-11", new { comment = "" });
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, missing.StatusCode);

            var signed = await manager.PostOkAsync("/api/reports/monthly/sign?month=2026-11", new { comment = "本月调度及时，回访需加强" });
            Assert.Equal("mgr", signed.Str("signedBy"));
            var again = await manager.PostAsJsonAsync("/api/reports/monthly/sign?month=2026-11", new { comment = "再签" });
            Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("R-RP-1", (await again.ReadNodeAsync()).Str("rule"));
        }

        using (var host = LocalHost.Start(azurite.ConnectionString, prefix, LocalHost.Friday1400))
        {
            using var manager = host.As("mgr");
            var report = await manager.GetOkAsync("/api/reports/monthly?month=2026-11");
            Assert.Equal("本月调度及时，回访需加强", report["summary"]!.Str("managerComment"));
        }
    }
}
