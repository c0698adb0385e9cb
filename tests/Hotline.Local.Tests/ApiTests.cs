using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>The HTTP contract: problem+json naming the field, keys and roles, masking, idempotency, rules as 409.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("api"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    private static object Intake(string? phone = "13912345678", string category = "repair", string receivedBy = "agent1") => new
    {
        caller = new { name = "张三丰", phone, address = "3栋1201", property = "阳光园区" },
        category, summary = "卫生间漏水", receivedBy, decision = "open", reason = "on-site-work",
    };

    [Theory]
    [InlineData("""{"caller":{"name":"张三丰","phone":"12","address":"a","property":"p"},"category":"repair","summary":"s","receivedBy":"agent1","decision":"open"}""", "caller.phone")]
    [InlineData("""{"caller":{"name":"张三丰","phone":"13912345678","address":"a","property":"p"},"category":"nope","summary":"s","receivedBy":"agent1","decision":"open"}""", "category")]
    [InlineData("""{"caller":{"name":"张三丰","phone":"13912345678","address":"a","property":"p"},"category":"repair","summary":"s","receivedBy":"ghost","decision":"open"}""", "receivedBy")]
    [InlineData("""{"caller":{"name":"张三丰","phone":"13912345678","address":"a","property":"p"},"category":"repair","summary":"s","receivedBy":"agent1","decision":"open","profile":"x"}""", "profile")]
    [InlineData("""{"caller":{"name":"张三丰","phone":"13912345678","address":"a","property":"p"},"category":"repair","summary":"","receivedBy":"agent1","decision":"maybe"}""", "decision")]
    [InlineData("""{"caller":{"name":"张三丰","phone":"13912345678","address":"a","property":"p"},"category":"repair","summary":"","receivedBy":"agent1","decision":"open"}""", "summary")]
    [InlineData("""{"caller":{"address":"5栋楼道","property":"p"},"category":"repair","summary":"s","receivedBy":"agent1","decision":"open","reason":"on-site-work"}""", "caller.name")]
    [InlineData("""{"caller":{"name":"张三丰","address":"5栋楼道","property":"p"},"category":"repair","summary":"s","receivedBy":"agent1","decision":"open","reason":"on-site-work"}""", "caller.phone")]
    [InlineData("""not json at all""", "body")]
    [InlineData("""{"caller": {"name": 5}}""", "caller.name")]
    [Trait("Rule", "R-IN-1")]
    public async Task BadIntake_400ProblemNamingTheField_NothingStored(string body, string field)
    {
        using var agent = _host.As("agent1");
        var response = await agent.PostAsync("/api/cases", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadNodeAsync();
        Assert.NotNull(problem["errors"]![field]);
        Assert.Empty((await agent.GetOkAsync("/api/cases")).Items("items"));
    }

    [Theory]
    [Trait("Rule", "R-IN-8")]
    [InlineData("""{"caller":{"address":"5栋楼道","property":"阳光园区"},"category":"repair","summary":"楼道灯坏了","receivedBy":"agent1","decision":"open","reason":"on-site-work","anonymous":true}""")]
    [InlineData("""{"caller":{"address":"5栋楼道","property":"阳光园区"},"category":"repair","summary":"巡查发现楼道灯坏了","receivedBy":"agent1","decision":"open","reason":"found-by-staff"}""")]
    public async Task AnonymousOrStaffFound_OpenedWithoutNameOrPhone(string body)
    {
        using var agent = _host.As("agent1");

        var response = await agent.PostAsync("/api/cases", new StringContent(body, Encoding.UTF8, "application/json"));

        var view = await response.ReadNodeAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Null(view["caller"]!["name"]);
        Assert.Null(view["caller"]!["phone"]);
        Assert.Equal("dispatched", view.Str("status"));
    }

    [Fact]
    public async Task OversizedBody_Refused()
    {
        using var agent = _host.As("agent1");
        var big = new string('x', 70 * 1024);
        var response = await agent.PostAsync("/api/cases", new StringContent($$"""{"summary":"{{big}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["body"]);
    }

    [Fact]
    public async Task Keys_And_Roles()
    {
        using var none = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/cases")).StatusCode);
        using var wrong = _host.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "demo-nobody");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/cases")).StatusCode);
        using var worker = _host.As("engineering-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/cases", Intake(), HttpJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/clock", new { advance = "PT1H" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsJsonAsync("/api/staff/x1", new { name = "x", phone = "13800000000", roles = new[] { "agent" }, unit = "u" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await none.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task CallerData_FullForTheTeam_MaskedForStaffWithNoPart()
    {
        using var agent = _host.As("agent1");
        var id = (await agent.PostOkAsync("/api/cases", Intake())).Str("id");
        using var head = _host.As("engineering-head");
        var forTeam = await head.GetOkAsync($"/api/cases/{id}");
        Assert.Equal("+8613912345678", forTeam["caller"]!.Str("phone"));
        Assert.Equal("张三丰", forTeam["caller"]!.Str("name"));

        // The desk sees every case, masked where it has no part; field staff with no part do not see it at all (404).
        using var deskWithoutAPart = _host.As("agent2");
        var masked = await deskWithoutAPart.GetOkAsync($"/api/cases/{id}");
        Assert.Equal("139****5678", masked["caller"]!.Str("phone"));
        Assert.Equal("张**", masked["caller"]!.Str("name"));
        Assert.Equal("3栋****", masked["caller"]!.Str("address"));
        Assert.DoesNotContain("13912345678", masked.ToJsonString(), StringComparison.Ordinal);
        using var field = _host.As("security-head");
        Assert.Equal(HttpStatusCode.NotFound, (await field.GetAsync($"/api/cases/{id}")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task ACaseTheViewerCannotSee_AnswersLikeAMissingOne_OnEveryDoor_VisibleButNoPart403()
    {
        using var agent = _host.As("agent1");
        var id = (await agent.PostOkAsync("/api/cases", Intake())).Str("id");
        await _host.WaitForOutboxAsync(id);
        using var field = _host.As("security-head");
        var missing = await (await field.GetAsync($"/api/cases/{id}")).ReadNodeAsync();

        foreach (var hidden in new[]
        {
            await field.GetAsync($"/api/sms/outbox?caseId={id}"),
            await field.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "acknowledge" }),
            await field.GetAsync($"/api/cases/{id}/forms/follow-up-table"),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType!.MediaType);
            Assert.Equal(missing.Str("detail"), (await hidden.ReadNodeAsync()).Str("detail"));
        }

        // The desk sees the case: its texts come masked, and acting on it or reading its forms without a part is a 403.
        using var deskWithoutAPart = _host.As("agent2");
        var outbox = (await deskWithoutAPart.GetOkAsync($"/api/sms/outbox?caseId={id}")).AsArray();
        Assert.Contains(outbox, m => m!.Str("text").Contains("3栋****", StringComparison.Ordinal));
        Assert.DoesNotContain("1201", outbox.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await deskWithoutAPart.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "acknowledge" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await deskWithoutAPart.GetAsync($"/api/cases/{id}/forms/follow-up-table")).StatusCode);
    }

    [Fact]
    [Trait("Rule", "R-PV-3")]
    public async Task Profiles_ListsTheFiveSeedProfiles_WithTheirCategories()
    {
        using var agent = _host.As("agent1");
        var profiles = (await agent.GetOkAsync("/api/profiles")).AsArray().Select(p => p!).ToList();
        Assert.Equal(["gm-hotline", "heating-supervision", "municipal-12319", "park-dispatch", "property-hotline"], profiles.Select(p => p.Str("id")));
        var park = profiles.Single(p => p.Str("id") == "park-dispatch");
        Assert.True(park["isDefault"]!.GetValue<bool>());
        Assert.Contains(park.Items("categories"), c => c.Str("code") == "fire" && c["emergency"]!.GetValue<bool>());
        using var none = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/profiles")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApi_ButNotTheSimulator()
    {
        using var none = _host.CreateClient();
        var paths = (await none.GetOkAsync("/openapi/v1.json"))["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/cases", "/api/cases/{id}", "/api/cases/{id}/signals", "/api/staff/{id}", "/api/sms/outbox", "/api/sms/inbound", "/api/clock", "/api/reports/monthly", "/api/profiles" })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => p.StartsWith("/sim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdempotencyKey_SameKeySameCase()
    {
        using var agent = _host.As("agent1");
        agent.DefaultRequestHeaders.Add("Idempotency-Key", "call-42");
        var first = await agent.PostAsJsonAsync("/api/cases", Intake(), HttpJson.Options);
        var second = await agent.PostAsJsonAsync("/api/cases", Intake(), HttpJson.Options);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.ReadNodeAsync()).Str("id"), (await second.ReadNodeAsync()).Str("id"));
        Assert.Single((await agent.GetOkAsync("/api/cases")).Items("items"));
    }

    [Fact]
    [Trait("Rule", "R-CL-6")]
    public async Task ForbiddenTransition_409WithTheRule()
    {
        using var agent = _host.As("agent1");
        var id = (await agent.PostOkAsync("/api/cases", Intake())).Str("id");
        var response = await agent.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "close" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("R-CL-6", (await response.ReadNodeAsync()).Str("rule"));
        var missing = await agent.PostAsJsonAsync($"/api/cases/{id}/signals", new { type = "cannot-resolve" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull((await missing.ReadNodeAsync())["errors"]!["reason"]);
    }

    [Fact]
    public async Task List_FiltersByStatusAndAssignee()
    {
        using var agent = _host.As("agent1");
        await agent.PostOkAsync("/api/cases", Intake());
        await agent.PostOkAsync("/api/cases", Intake(category: "cleaning"));
        Assert.Single((await agent.GetOkAsync("/api/cases?assignee=cleaning-head")).Items("items"));
        Assert.Equal(2, (await agent.GetOkAsync("/api/cases?status=dispatched")).Items("items").Count());
        Assert.Empty((await agent.GetOkAsync("/api/cases?status=closed")).Items("items"));
        var bad = await agent.GetAsync("/api/cases?status=sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/cases?continuationToken=zzz")).StatusCode);
    }

    [Fact]
    public async Task Staff_AdminCreatesMemberWithAKeyThatWorks()
    {
        using var admin = _host.As("admin");
        var created = await (await admin.PutAsJsonAsync("/api/staff/plumber2", new { name = "水工 老李", phone = "13811112222", roles = new[] { "responsible" }, unit = "engineering", manager = "engineering-head" })).ReadNodeAsync();
        var key = created.Str("apiKey");
        using var plumber = _host.CreateClient();
        plumber.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal("plumber2", (await plumber.GetOkAsync("/api/staff/plumber2")).Str("id"));
        var bad = await admin.PutAsJsonAsync("/api/staff/x", new { name = "x", phone = "abc", roles = new[] { "wizard" }, unit = "u" });
        var errors = (await bad.ReadNodeAsync())["errors"]!;
        Assert.NotNull(errors["phone"]);
        Assert.NotNull(errors["roles[0]"]);
    }
}

/// <summary>Storage outage: 503 with Retry-After while Azurite is away, and the engine picks up where it was when it returns.</summary>
public sealed class StorageOutageTests
{
    private static object Repair(string summary) => new
    {
        caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
        category = "repair", summary, receivedBy = "agent1", decision = "open", reason = "on-site-work",
    };

    [Fact]
    public async Task AzuriteAwayForAWhile_Api503WithRetryAfter_EngineRecoversWhenItReturns()
    {
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteStartOptions { Persistent = true });
        using var host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("outage"), LocalHost.Friday1400);
        using var agent = host.As("agent1");
        var before = (await agent.PostOkAsync("/api/cases", Repair("停电前"))).Str("id");
        await host.WaitForOutboxAsync(before);
        await Task.Delay(TimeSpan.FromSeconds(6)); // Azurite writes its disk database every 5 s; real storage has no such window
        await azurite.StopAsync();

        var list = await agent.GetAsync("/api/cases");
        var intake = await agent.PostAsJsonAsync("/api/cases", Repair("停电时"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        Assert.NotNull(list.Headers.RetryAfter);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, intake.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(5)); // the engine's pollers keep failing meanwhile

        await azurite.RestartAsync();
        var after = (await agent.PostOkAsync("/api/cases", Repair("恢复后"))).Str("id");
        await host.WaitForOutboxAsync(after);
        var cases = (await agent.GetOkAsync("/api/cases")).Items("items").Select(c => c.Str("summary")).ToList();
        Assert.Equal(["恢复后", "停电前"], cases); // newest first
        var acknowledged = await host.As("engineering-head").PostAsJsonAsync($"/api/cases/{before}/signals", new { type = "acknowledge" });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("in-progress", (await acknowledged.ReadNodeAsync()).Str("status"));
    }
}
