using System.Net;
using System.Net.Http.Json;

namespace Hotline.Local.Tests;

/// <summary>
/// The quality records over HTTP: accountability recorded by the quality office (R-RP-7) through the signal endpoint, and
/// GET /api/reports/quality (R-RP-11, R-RP-10) for the quality office and managers only.
/// </summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class QualityRecordsApiTests(Hotline.Testing.AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("quality"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    private async Task<string> OpenAsync()
    {
        using var agent = _host.As("agent1");
        return (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary = "卫生间漏水", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id");
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public async Task RecordAccountability_BadInput400_OtherRoles403_QualityOfficeRecords()
    {
        var id = await OpenAsync();
        using var qa = _host.As("qa");

        var bad = await qa.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "record-accountability", kind = "rudeness", person = "nobody", reason = "态度差" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        var errors = (await bad.ReadNodeAsync())["errors"]!;
        Assert.NotNull(errors["kind"]);
        Assert.NotNull(errors["person"]);

        using var agent = _host.As("agent1");
        var refused = await agent.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "record-accountability", kind = "attitude-complaint", person = "engineering-1", reason = "态度差" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var recorded = await qa.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "record-accountability", kind = "attitude-complaint", person = "engineering-1", reason = "上门时态度生硬，经核实" });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        await _host.WaitForCaseAsync(id, view => view["timeline"]!.AsArray().Any(e => e!["rule"]?.GetValue<string>() == "R-RP-7"));
    }

    [Fact]
    [Trait("Rule", "R-RP-11")]
    [Trait("Rule", "R-RP-10")]
    public async Task QualityReport_ForQualityOfficeAndManagers_NotAgents()
    {
        using var agent = _host.As("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/reports/quality?month=2026-11&profile=gm-hotline")).StatusCode);

        using var qa = _host.As("qa");
        var report = await qa.GetOkAsync("/api/reports/quality?month=2026-11&profile=gm-hotline");
        Assert.Equal("gm-hotline", report.Str("profileId"));
        Assert.NotNull(report["assessments"]!.AsArray());
        Assert.NotNull(report["awaitingAssessment"]!.AsArray());
        Assert.NotNull(report["correctiveActions"]!.AsArray());

        using var manager = _host.As("mgr");
        var bad = await manager.GetAsync("/api/reports/quality?month=2026-XI");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.ReadNodeAsync())["errors"]!["month"]);
    }
}
