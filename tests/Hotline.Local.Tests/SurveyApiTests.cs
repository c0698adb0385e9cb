using System.Net;
using System.Net.Http.Json;

namespace Hotline.Local.Tests;

/// <summary>The periodic satisfaction survey over HTTP (R-RV-7, 001 篇3): plan, ballots, sampling revisit, report; refusals store nothing.</summary>
[Collection(Hotline.Testing.AzuriteFixture.CollectionName)]
public sealed class SurveyApiTests(Hotline.Testing.AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("surveys"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-RV-7")]
    [Trait("Rule", "R-PV-1")]
    public async Task Survey_PlannedBallotedSampledReported_RefusalsStoreNothing()
    {
        using var manager = _host.As("mgr");
        using var agent = _host.As("agent1");
        using var supervisor = _host.As("security-head");

        // Only the manager plans; bad dates are named.
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/surveys", new { from = "2026-10-01", to = "2026-12-31", areas = new[] { "Overall" } })).StatusCode);
        await AssertProblemAsync(await manager.PostAsJsonAsync("/api/surveys", new { from = "1 Oct", to = "2026-12-31", areas = new[] { "Overall" } }), HttpStatusCode.BadRequest, "from");
        await AssertProblemAsync(await manager.PostAsJsonAsync("/api/surveys", new { from = "2026-10-01", to = "2026-12-31", areas = new[] { "Lawns" } }), HttpStatusCode.Conflict, "areas", "R-RV-7");

        var id = (await manager.PostOkAsync("/api/surveys", new { from = "2026-10-01", to = "2026-12-31", areas = new[] { "Security", "Overall" } })).Str("id");
        await agent.PostOkAsync($"/api/surveys/{id}/ballots", new { area = "Overall", sent = 10, returned = 6, satisfied = 2, fairlySatisfied = 2, dissatisfied = 2 });
        await supervisor.PostOkAsync($"/api/surveys/{id}/samples", new { area = "Security", rating = "C", comment = "夜间巡逻太少，回电13912345678" });

        // More ratings than ballots returned: refused, naming the field; the report needs every area's ballots.
        await AssertProblemAsync(
            await agent.PostAsJsonAsync($"/api/surveys/{id}/ballots", new { area = "Security", sent = 10, returned = 2, satisfied = 2, fairlySatisfied = 1, dissatisfied = 0 }),
            HttpStatusCode.Conflict, "satisfied", "R-RV-7");
        await AssertProblemAsync(
            await manager.PostAsJsonAsync($"/api/surveys/{id}/report", new { findings = "巡逻不足", correctiveMeasures = new[] { "增加夜间巡逻" } }), HttpStatusCode.Conflict, "ballots", "R-RV-7");
        var before = await manager.GetOkAsync($"/api/surveys/{id}");
        Assert.Null(before["report"]);
        Assert.Equal(3, before["version"]!.GetValue<int>());
        Assert.Equal(0, before["figures"]!.AsArray().Single(a => a!.Str("area") == "Security")!["sent"]!.GetValue<int>());

        await agent.PostOkAsync($"/api/surveys/{id}/ballots", new { area = "Security", sent = 10, returned = 4, satisfied = 1, fairlySatisfied = 1, dissatisfied = 2 });
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/surveys/{id}/report", new { findings = "x", correctiveMeasures = new[] { "y" } })).StatusCode);
        var done = await manager.PostOkAsync($"/api/surveys/{id}/report", new { findings = "夜间巡逻不足", correctiveMeasures = new[] { "增加夜间巡逻", "公示巡逻路线" } });

        Assert.True(done["complete"]!.GetValue<bool>());
        Assert.Equal(66.7m, done["overallPercent"]!.GetValue<decimal>());
        Assert.Equal(50.0m, done["figures"]!.AsArray().Single(a => a!.Str("area") == "Security")!["satisfactionPercent"]!.GetValue<decimal>());
        Assert.Equal(["增加夜间巡逻", "公示巡逻路线"], done["report"]!["correctiveMeasures"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("夜间巡逻太少，回电13912345678", done["samples"]![0]!.Str("comment"));

        // The quality office reads it with the owner's number masked; a listed survey shows it complete.
        using var quality = _host.As("qa");
        Assert.Equal("夜间巡逻太少，回电139****5678", (await quality.GetOkAsync($"/api/surveys/{id}"))["samples"]![0]!.Str("comment"));
        var listed = Assert.Single((await quality.GetOkAsync("/api/surveys?profile=park-dispatch")).AsArray())!;
        Assert.Equal((id, true), (listed.Str("id"), listed["complete"]!.GetValue<bool>()));
        Assert.Equal(HttpStatusCode.NotFound, (await quality.GetAsync("/api/surveys/sv-20260101-nothere")).StatusCode);
        using var worker = _host.As("engineering-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/api/surveys/{id}")).StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field, string? rule = null)
    {
        var node = await response.ReadNodeAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {node.ToJsonString()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(node["errors"]![field]);
        if (rule is not null)
        {
            Assert.Equal(rule, node.Str("rule"));
        }
    }
}
