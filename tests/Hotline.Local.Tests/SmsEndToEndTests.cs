using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// SMS both ways through the running host: tasks go out through the real ACS client to the simulator (which checks
/// the HMAC signature as ACS does), and phones answer with genuine Event Grid SMSReceived events to the webhook.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class SmsEndToEndTests : IDisposable
{
    private const string Head = "+8613900000009";   // engineering-head in the demo directory
    private const string Worker = "+8613900000010";  // engineering-1
    private readonly LocalHost _host;
    private readonly HttpClient _agent;
    private readonly HttpClient _admin;
    private readonly HttpClient _anonymous;

    public SmsEndToEndTests(AzuriteFixture azurite)
    {
        _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("sms"), LocalHost.Friday1400);
        _agent = _host.As("agent1");
        _admin = _host.As("admin");
        _anonymous = _host.CreateClient();
    }

    public void Dispose()
    {
        _agent.Dispose();
        _admin.Dispose();
        _anonymous.Dispose();
        _host.Dispose();
    }

    private async Task<string> OpenRepairAsync(string summary = "卫生间漏水")
    {
        var view = await _agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary, receivedBy = "agent1", decision = "open", reason = "on-site-work",
        });
        await _host.WaitForOutboxAsync(view.Str("id"));
        return view.Str("id");
    }

    private async Task<JsonArray> PhoneAsync(string number) => (await _anonymous.GetOkAsync($"/sim/phones/{number}/messages")).AsArray();

    private async Task<HttpResponseMessage> ReplyAsync(string number, string text) =>
        await _anonymous.PostAsJsonAsync($"/sim/phones/{number}/reply", new { text });

    private async Task<string> LastTextToAsync(string number) => (await PhoneAsync(number)).Last()!.Str("text");

    private Task<JsonNode> CaseAsync(string id) => _agent.GetOkAsync($"/api/cases/{id}");

    [Fact]
    [Trait("Rule", "R-DS-1")]
    [Trait("Rule", "R-CL-1")]
    public async Task FieldReplies_DriveCaseFromDispatchToCompletion()
    {
        var id = await OpenRepairAsync();
        Assert.Contains("回复\"收到 ", await LastTextToAsync(Head), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await ReplyAsync(Head, "收到")).StatusCode);
        Assert.Equal("in-progress", (await CaseAsync(id)).Str("status"));
        Assert.Contains("确认收到", await LastTextToAsync(Head), StringComparison.Ordinal);

        var reference = id[9..];
        await ReplyAsync(Head, $"完成 {reference} 单号A123 更换了水管接头");
        var done = await CaseAsync(id);
        Assert.Equal("completed", done.Str("status"));
        Assert.Contains(done.Items("timeline"), e => e.Str("kind") == "completed" && e.Str("text").Contains("A123", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-CL-1")]
    public async Task RepairDoneWithoutSlip_RefusedWithHowToSayIt()
    {
        var id = await OpenRepairAsync();
        await ReplyAsync(Head, "收到");
        await ReplyAsync(Head, "完成 修好了");
        Assert.Equal("in-progress", (await CaseAsync(id)).Str("status"));
        Assert.Contains("单号", await LastTextToAsync(Head), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_AnswersSubscriptionValidation()
    {
        const string body = """[{"id":"1","topic":"t","subject":"s","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2026-11-20T06:00:00Z","dataVersion":"1","data":{"validationCode":"abc-123"}}]""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/inbound?code=local-webhook-key") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("aeg-event-type", "SubscriptionValidation");
        var response = await _anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("abc-123", (await response.ReadNodeAsync()).Str("validationResponse"));
    }

    [Theory]
    [InlineData("", "[]", HttpStatusCode.Unauthorized)]
    [InlineData("?code=local-webhook-key", "{not json", HttpStatusCode.BadRequest)]
    [InlineData("?code=local-webhook-key", """[{"id":"1","eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-11-20T06:00:00Z","data":{"from":"+8613900000009","message":"收到"}}]""", HttpStatusCode.BadRequest)]
    public async Task Webhook_RefusesWrongKeyOrMalformedEvents_WithoutSideEffects(string query, string body, HttpStatusCode expected)
    {
        var id = await OpenRepairAsync();
        var before = (await CaseAsync(id)).Items("timeline").Count();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/inbound" + query) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await _anonymous.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, (await CaseAsync(id)).Items("timeline").Count());
        if (expected == HttpStatusCode.BadRequest && body.StartsWith('['))
        {
            Assert.Contains("messageId", (await response.ReadNodeAsync()).ToJsonString(), StringComparison.Ordinal);
        }
    }

    /// <summary>Posts an SMSReceived event as Event Grid does (same message id = a redelivery).</summary>
    private async Task<HttpResponseMessage> DeliverAsync(string messageId, string from, string text)
    {
        var data = new JsonObject { ["messageId"] = messageId, ["from"] = from, ["to"] = "+18445550100", ["message"] = text, ["receivedTimestamp"] = "2026-11-20T06:00:00Z" };
        var evt = new JsonArray(new JsonObject
        {
            ["id"] = "e-" + messageId, ["topic"] = "t", ["subject"] = "s", ["eventType"] = "Microsoft.Communication.SMSReceived",
            ["eventTime"] = "2026-11-20T06:00:00Z", ["dataVersion"] = "1.0", ["data"] = data,
        }).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/inbound?code=local-webhook-key") { Content = new StringContent(evt, Encoding.UTF8, "application/json") };
        request.Headers.Add("aeg-event-type", "Notification");
        return await _anonymous.SendAsync(request);
    }

    [Fact]
    public async Task DuplicateDelivery_IsIgnored()
    {
        var id = await OpenRepairAsync();
        var before = (await PhoneAsync(Head)).Count;
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await DeliverAsync("dup-1", "8613900000009", $"进展 {id[9..]} 已订配件")).StatusCode);
        }

        Assert.Single((await CaseAsync(id)).Items("timeline"), e => e.Str("kind") == "progress");
        Assert.Equal(before + 1, (await PhoneAsync(Head)).Count);
    }

    [Fact]
    public async Task ReplyNotSent_EventGridRedelivers_SavedReplySentOnce_ActionAppliedOnce()
    {
        var id = await OpenRepairAsync();
        var before = (await PhoneAsync(Head)).Count;
        await _anonymous.PostAsJsonAsync("/sim/faults", new { failNext = 20, status = 503 });
        var first = await DeliverAsync("retry-1", "+8613900000009", $"进展 {id[9..]} 已订配件");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);

        await _anonymous.PostAsJsonAsync("/sim/faults", new { failNext = 0 });
        var again = await DeliverAsync("retry-1", "+8613900000009", $"进展 {id[9..]} 已订配件");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await CaseAsync(id)).Items("timeline"), e => e.Str("kind") == "progress");
        Assert.Equal(before + 1, (await PhoneAsync(Head)).Count);
    }

    [Fact]
    public async Task UnknownSender_IsRefusedPolitely_AndNothingChanges()
    {
        var id = await OpenRepairAsync();
        await ReplyAsync("+8613700000000", "收到");
        Assert.Equal("dispatched", (await CaseAsync(id)).Str("status"));
        Assert.Contains("未登记", await LastTextToAsync("+8613700000000"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToUnknownCase_SaysSoAndHowToList()
    {
        await OpenRepairAsync();
        await ReplyAsync(Head, "收到 9999");
        Assert.Contains("9999", await LastTextToAsync(Head), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoOpenTasks_ReferenceOmitted_AsksWhichOne()
    {
        var first = await OpenRepairAsync("卫生间漏水");
        var second = await OpenRepairAsync("门锁坏了");
        await ReplyAsync(Head, "收到");
        Assert.Equal("dispatched", (await CaseAsync(first)).Str("status"));
        Assert.Equal("dispatched", (await CaseAsync(second)).Str("status"));
        var reply = await LastTextToAsync(Head);
        Assert.Contains(first[9..], reply, StringComparison.Ordinal);
        Assert.Contains(second[9..], reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherStaffsCase_AttemptRecordedOnTimeline()
    {
        var id = await OpenRepairAsync();
        await ReplyAsync("+8613900000011", $"收到 {id}");   // security-head: no part in a repair case
        var view = await CaseAsync(id);
        Assert.Equal("dispatched", view.Str("status"));
        Assert.Contains(view.Items("timeline"), e => e.Str("kind") == "refused");
    }

    [Fact]
    public async Task ProviderOutage_RetriedWithoutDuplicateDelivery()
    {
        await _anonymous.PostAsJsonAsync("/sim/faults", new { failNext = 2, status = 503 });
        var id = await OpenRepairAsync(); // the SMS activity is retried with backoff (5 s, then 10 s) until the provider takes it

        var outbox = (await _agent.GetOkAsync($"/api/sms/outbox?caseId={id}")).AsArray();
        Assert.All(outbox, m => Assert.Equal("sent", m!.Str("status")));
        Assert.Single(await PhoneAsync(Head), m => m!.Str("text").Contains("新任务", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task UnreachableSupervisor_PermanentFailure_CallsImplementerDirectly()
    {
        var put = await _anonymous.PutAsJsonAsync($"/sim/phones/{Head}", new { unreachable = true });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var id = await OpenRepairAsync();
        var view = await _host.WaitForCaseAsync(id, c => c.Str("assignee") == "engineering-1");
        Assert.Contains(view.Items("timeline"), e => e.Str("kind") == "escalated" && e["rule"]?.GetValue<string>() == "R-DS-1");
        Assert.Contains("新任务", await LastTextToAsync(Worker), StringComparison.Ordinal);
    }
}
