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
}
