using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hotline.Testing;

namespace Hotline.Local.Tests.Doors;

/// <summary>
/// Issue 12 "doors closed": whatever the client gets wrong — the media type, the route, the method, the JSON — the
/// answer is application/problem+json with the right status, on the API and the SMS simulator alike.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ClosedDoorsApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("doors"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        if (field == "*")
        {
            Assert.NotEmpty(problem["errors"]!.AsObject());
        }
        else if (field is not null)
        {
            Assert.NotNull(problem["errors"]?[field]);
        }
    }

    [Theory]
    [Trait("Rule", "R-IN-1")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task NotJson_415Problem_NothingStored(string mediaType)
    {
        using var agent = _host.As("agent1");
        var json = """{"caller":{"name":"张三丰","phone":"13912345678","address":"3栋1201","property":"阳光园区"},"category":"repair","summary":"漏水","receivedBy":"agent1","decision":"open","reason":"on-site-work"}""";

        var response = await agent.PostAsync("/api/cases", new StringContent(json, Encoding.UTF8, mediaType));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
        Assert.Empty((await agent.GetOkAsync("/api/cases")).Items("items"));
    }

    [Fact]
    public async Task NoContentType_415Problem()
    {
        using var admin = _host.As("admin");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"name":"x"}"""));
        await AssertProblemAsync(await admin.PutAsync("/api/staff/newbie", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/cases/x/nothing-here")]
    [InlineData("/no-such-page")]
    public async Task UnknownRoute_404Problem(string path)
    {
        using var agent = _host.As("agent1");
        await AssertProblemAsync(await agent.GetAsync(path), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("DELETE", "/api/cases")]
    [InlineData("PATCH", "/api/staff/agent1")]
    [InlineData("GET", "/api/cases/x/signals")]
    public async Task WrongMethod_405Problem(string method, string path)
    {
        using var agent = _host.As("agent1");
        var response = await agent.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.NotEmpty(response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("PUT", "/api/staff/agent1")]
    [InlineData("POST", "/api/cases/x/signals")]
    [InlineData("POST", "/sim/faults")]
    [InlineData("PUT", "/sim/phones/13900000009")]
    [InlineData("POST", "/sim/phones/13900000009/reply")]
    public async Task MalformedJson_400ProblemNamingWhere(string method, string path)
    {
        using var admin = _host.As("admin");
        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent("""{"text": "收到""", Encoding.UTF8, "application/json"),
        });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "*");
    }

    [Fact]
    public async Task Simulator_WrongFieldType_400ProblemNamingTheField()
    {
        using var client = _host.CreateClient();
        var response = await client.PostAsync("/sim/faults", new StringContent("""{"failNext":"many"}""", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "failNext");
    }

    [Fact]
    public async Task Simulator_NotJson_415Problem()
    {
        using var client = _host.CreateClient();
        var response = await client.PostAsJsonAsync("/sim/faults", new { failNext = 1 });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await client.PostAsJsonAsync("/sim/faults", new { failNext = 0 });
        await AssertProblemAsync(await client.PostAsync("/sim/faults", new StringContent("failNext=1", Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task StaffPhone_BelongsToOneMember_SecondRefused409NamingPhone()
    {
        using var admin = _host.As("admin");
        var agent1 = await admin.GetOkAsync("/api/staff/agent1");
        var agent2Before = await admin.GetOkAsync("/api/staff/agent2");

        var response = await admin.PutAsJsonAsync("/api/staff/agent2", new { name = "值班员 小吴", phone = agent1.Str("phone"), roles = new[] { "agent" }, unit = "hotline", manager = "mgr" });
        var newcomer = await admin.PutAsJsonAsync("/api/staff/newcomer", new { name = "新人", phone = agent1.Str("phone"), roles = new[] { "agent" }, unit = "hotline" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "phone");
        await AssertProblemAsync(newcomer, HttpStatusCode.Conflict, "phone");
        Assert.Equal(agent2Before.Str("phone"), (await admin.GetOkAsync("/api/staff/agent2")).Str("phone"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/staff/newcomer")).StatusCode);
        var kept = await admin.PutAsJsonAsync("/api/staff/agent1", new { name = "调度员 小周", phone = agent1.Str("phone"), roles = new[] { "agent" }, unit = "hotline", manager = "mgr" });
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }
}
