using System.Net;
using System.Net.Http.Json;
using Hotline.Service.Serialization;

namespace Hotline.Local.Tests;

/// <summary>R-RP-9 over HTTP on Azurite: generate → review → approve → submit, with the refusals in between.</summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class ReportSubmissionApiTests(Hotline.Testing.AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("rsub"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task Monthly_GenerateReviewApproveSubmit_RefusingWrongRolesAndWrongOrder()
    {
        using var agent = _host.As("agent1");
        using var head = _host.As("business-head");
        using var manager = _host.As("mgr");

        var bad = await agent.PostAsJsonAsync("/api/reports/submissions", new { kind = "yearly", period = "2026", profile = "heating-supervision" }, HotlineJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await bad.ReadNodeAsync())["errors"]!["kind"]);

        var generated = await agent.PostOkAsync("/api/reports/submissions", new { kind = "monthly", period = "2026-11", profile = "heating-supervision" });
        var id = generated.Str("id");
        Assert.Equal(("heating-supervision.monthly.2026-11", "generated"), (id, generated.Str("status")));
        var figures = generated["figures"]!.ToJsonString();
        Assert.Equal("2026-11-20", generated["deadlines"]!.Str("rollUpBy"));

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/reports/submissions/{id}/review", new { }, HotlineJson.Options)).StatusCode);
        var early = await manager.PostAsJsonAsync($"/api/reports/submissions/{id}/approve", new { }, HotlineJson.Options);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("R-RP-9", (await early.ReadNodeAsync()).Str("rule"));

        Assert.Equal("reviewed", (await head.PostOkAsync($"/api/reports/submissions/{id}/review", new { comment = "核对无误" })).Str("status"));
        var approved = await manager.PostOkAsync($"/api/reports/submissions/{id}/approve", new { comment = "同意上报" });
        Assert.Equal(("approved", "mgr"), (approved.Str("status"), approved["approval"]!.Str("by")));

        // Approved figures do not change: generating again is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync("/api/reports/submissions", new { kind = "monthly", period = "2026-11", profile = "heating-supervision" }, HotlineJson.Options)).StatusCode);

        var noReference = await agent.PostAsJsonAsync($"/api/reports/submissions/{id}/submit", new { }, HotlineJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
        Assert.NotNull((await noReference.ReadNodeAsync())["errors"]!["reference"]);

        var submitted = await agent.PostOkAsync($"/api/reports/submissions/{id}/submit", new { reference = "物业办收文 2026-118" });
        Assert.Equal(("submitted", "物业办收文 2026-118"), (submitted.Str("status"), submitted["upstream"]!.Str("reference")));

        var read = await manager.GetOkAsync($"/api/reports/submissions/{id}");
        Assert.Equal(("submitted", "business-head", "核对无误"), (read.Str("status"), read["review"]!.Str("by"), read["review"]!.Str("comment")));
        Assert.Equal(figures, read["figures"]!.ToJsonString());
        Assert.Single((await manager.GetOkAsync("/api/reports/submissions?profile=heating-supervision&kind=monthly")).AsArray());
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    [Trait("Rule", "R-PV-1")]
    public async Task UpstreamOffice_ReadsTheRollUpOnceSubmitted_NeverADraftNorTheWeekly_AndTakesNoStep()
    {
        using var agent = _host.As("agent1");
        using var head = _host.As("business-head");
        using var manager = _host.As("mgr");
        using var upstream = _host.As("upstream");
        await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "5栋302", property = "湖滨小区" }, profile = "heating-supervision", channel = "upstream",
            category = "supervision", summary = "张三丰家室温不达标", receivedBy = "agent1", decision = "open", reason = "on-site-work",
            upstream = new { number = "DB-2026-301", area = "兴庆区" },
        });

        var id = (await agent.PostOkAsync("/api/reports/submissions", new { kind = "monthly", period = "2026-11", profile = "heating-supervision" })).Str("id");
        await head.PostOkAsync($"/api/reports/submissions/{id}/return", new { reason = "分类有误，请重新核对" });
        await agent.PostOkAsync("/api/reports/submissions", new { kind = "monthly", period = "2026-11", profile = "heating-supervision" });
        await head.PostOkAsync($"/api/reports/submissions/{id}/review", new { comment = "核对无误" });
        await manager.PostOkAsync($"/api/reports/submissions/{id}/approve", new { comment = "同意上报" });

        // Approved but not yet sent: the upstream office has received nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await upstream.GetAsync($"/api/reports/submissions/{id}")).StatusCode);
        Assert.Empty((await upstream.GetOkAsync("/api/reports/submissions?profile=heating-supervision")).AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await upstream.PostAsJsonAsync($"/api/reports/submissions/{id}/submit", new { reference = "x" }, HotlineJson.Options)).StatusCode);

        // The weekly report stays with the hotline (003 §七), approved or not.
        var week = (await agent.PostOkAsync("/api/reports/submissions", new { kind = "weekly", period = "2026-11-16", profile = "heating-supervision" })).Str("id");
        await head.PostOkAsync($"/api/reports/submissions/{week}/review", new { });
        await manager.PostOkAsync($"/api/reports/submissions/{week}/approve", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await upstream.GetAsync($"/api/reports/submissions/{week}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await upstream.PostAsJsonAsync("/api/reports/submissions", new { kind = "monthly", period = "2026-10", profile = "heating-supervision" }, HotlineJson.Options)).StatusCode);

        await agent.PostOkAsync($"/api/reports/submissions/{id}/submit", new { reference = "物业办收文 2026-118" });
        var read = await upstream.GetOkAsync($"/api/reports/submissions/{id}");
        Assert.Equal(("submitted", "物业办收文 2026-118", "mgr", "business-head"), (read.Str("status"), read["upstream"]!.Str("reference"), read["approval"]!.Str("by"), read["review"]!.Str("by")));
        Assert.Equal(1, read["figures"]!["overall"]!["volume"]!["totalReceived"]!.GetValue<int>());
        Assert.Equal("2026-11-23", read["deadlines"]!.Str("upstreamReportBy"));
        Assert.Empty(read["returns"]!.AsArray());   // the hotline's internal history stays internal
        Assert.Empty(read["reminders"]!.AsArray());
        var text = read.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var leak in new[] { "张三丰", "13912345678", "5栋302", "分类有误" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }

        var listed = Assert.Single((await upstream.GetOkAsync("/api/reports/submissions?profile=heating-supervision")).AsArray());
        Assert.Equal(id, listed!.Str("id"));
    }
}
