using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>Search, caller history, my queue and counts over HTTP: the doors follow part and role (R-PV-1).</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class CaseFindingApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("find"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    private const string Dispatcher = "调度员 小周"; // agent1's name in the host's directory

    private static object Intake(string phone = "13912345678", string address = "阳光花园3栋2单元1501", string summary = "卫生间漏水", string name = "张三丰") => new
    {
        caller = new { name, phone, address, property = "阳光花园" },
        category = "repair", summary, receivedBy = "agent1", decision = "open", reason = "on-site-work",
    };

    private async Task<string> OpenAsync(object? intake = null)
    {
        using var agent = _host.As("agent1");
        return (await agent.PostOkAsync("/api/cases", intake ?? Intake())).Str("id");
    }

    private static async Task<JsonNode> SearchAsync(HttpClient client, string text) => await client.PostOkAsync("/api/cases/search", new { text });

    [Theory]
    [InlineData("""{}""", "text")]
    [InlineData("""{"text":"a"}""", "text")]
    [InlineData("""{"text":"漏水","pageSize":0}""", "pageSize")]
    [InlineData("""{"text":"漏水","continuationToken":"zzz"}""", "continuationToken")]
    public async Task Search_BadBody_400ProblemNamingTheField(string body, string field)
    {
        using var agent = _host.As("agent1");
        var response = await agent.PostAsync("/api/cases/search", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]![field]);
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task Search_ByPhoneTailIdOrText_FindsTheCase_MaskedForTheDesk_NotByWhatItsMaskHides_InClearForTheTeam_HiddenFromOthers()
    {
        var id = await OpenAsync();
        await OpenAsync(Intake(phone: "13700004321", address: "5栋301", summary: "门锁坏了", name: "李雷"));
        using var desk = _host.As("agent2");

        foreach (var text in new[] { "13912345678", "+86 139-1234-5678", "5678", id, "卫生间" })
        {
            var items = (await SearchAsync(desk, text)).Items("items").ToList();
            Assert.True(items.Count == 1, $"'{text}' found {items.Count} cases");
            Assert.Equal(id, items[0].Str("id"));
        }

        // The desk reads the room and the name masked, so searching them must not confirm them.
        foreach (var text in new[] { "3栋2单元1501", "张三丰" })
        {
            Assert.Empty((await SearchAsync(desk, text)).Items("items"));
        }

        var masked = (await SearchAsync(desk, "13912345678")).Items("items").Single();
        Assert.Equal("139****5678", masked.Str("callerPhone"));
        Assert.Equal("张**", masked.Str("callerName"));
        Assert.Equal("阳光花园3栋****", masked.Str("address"));
        Assert.True(masked["masked"]!.GetValue<bool>());
        Assert.Equal(Dispatcher, masked.Str("firstOwnerName"));
        Assert.DoesNotContain("1501", masked.ToJsonString(), StringComparison.Ordinal);

        using var head = _host.As("engineering-head");
        Assert.Equal(id, (await SearchAsync(head, "3栋2单元1501")).Items("items").Single().Str("id"));
        var clear = (await SearchAsync(head, "5678")).Items("items").Single();
        Assert.Equal("+8613912345678", clear.Str("callerPhone"));
        Assert.Equal("阳光花园3栋2单元1501", clear.Str("address"));
        Assert.Equal("acknowledge", clear.Str("awaiting"));

        using var outsider = _host.As("security-head");
        Assert.Empty((await SearchAsync(outsider, "13912345678")).Items("items"));
    }

    [Fact]
    [Trait("Rule", "R-PV-1")]
    public async Task GetCase_InvisibleToFieldStaffWithoutAPart_Is404_MaskedRoomForTheDesk()
    {
        var id = await OpenAsync();

        using var outsider = _host.As("security-1");
        var hidden = await outsider.GetAsync($"/api/cases/{id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(id, (await outsider.GetOkAsync("/api/cases")).Items("items").Select(i => i.Str("id")));

        using var desk = _host.As("agent2");
        Assert.Contains(id, (await desk.GetOkAsync("/api/cases?pageSize=50")).Items("items").Select(i => i.Str("id")));
        var view = await desk.GetOkAsync($"/api/cases/{id}");
        Assert.Equal("阳光花园3栋****", view["caller"]!.Str("address"));
        Assert.Equal(Dispatcher, view.Str("firstOwnerName"));
        Assert.Contains(view.Items("timeline"), e => e["byName"]?.GetValue<string>() == Dispatcher);
    }

    [Fact]
    [Trait("Rule", "R-FU-8")]
    public async Task CallerHistory_RecognisesARepeatCaller_AndTheOpenCaseASecondComplaintBelongsTo()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();
        using var agent = _host.As("agent1");

        var history = await agent.PostOkAsync("/api/callers/history", new { phone = "139 1234 5678" });

        Assert.Equal([second, first], history.Items("cases").Select(c => c.Str("id")));
        Assert.Equal(2, history["openCount"]!.GetValue<int>());
        Assert.True(history["repeatCaller"]!.GetValue<bool>());
        Assert.True(history["secondComplaint"]!.GetValue<bool>());
        Assert.Equal(second, history.Str("secondComplaintOf"));

        var stranger = await agent.PostOkAsync("/api/callers/history", new { phone = "13600000000" });
        Assert.False(stranger["repeatCaller"]!.GetValue<bool>());
        Assert.False(stranger["secondComplaint"]!.GetValue<bool>());

        var bad = await agent.PostAsync("/api/callers/history", new StringContent("""{"phone":"abc"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.ReadNodeAsync())["errors"]!["phone"]);
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task MyQueue_AndCounts_ShowWhatAwaitsTheViewer()
    {
        var id = await OpenAsync();

        using var head = _host.As("engineering-head");
        var queue = (await head.GetOkAsync("/api/cases?queue=mine")).Items("items").ToList();
        Assert.Equal("acknowledge", Assert.Single(queue, i => i.Str("id") == id).Str("awaiting"));
        var counts = await head.GetOkAsync("/api/cases/counts");
        Assert.Equal(1, counts["byStatus"]!["dispatched"]!.GetValue<int>());
        Assert.Equal(1, counts["mine"]!.GetValue<int>());

        using var outsider = _host.As("security-head");
        Assert.Empty((await outsider.GetOkAsync("/api/cases?queue=mine")).Items("items"));
        Assert.Equal(0, (await outsider.GetOkAsync("/api/cases/counts"))["mine"]!.GetValue<int>());
        Assert.Null((await outsider.GetOkAsync("/api/cases/counts"))["byStatus"]!["dispatched"]);

        var bad = await head.GetAsync("/api/cases?queue=theirs");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await bad.ReadNodeAsync())["errors"]!["queue"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await head.GetAsync("/api/cases?urgency=sometimes")).StatusCode);
        Assert.Single((await head.GetOkAsync("/api/cases?urgency=normal&sort=deadline")).Items("items"));
    }
}
