using System.Net.Http.Json;
using System.Text.Json.Nodes;

using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// 首问责任制 by SMS through the running host and the simulator (004): a guard the owner first reached hands the leak to
/// the engineering supervisor, who records it, is refused a completion notice before the work is done, and, once done,
/// tells the guard, which ends the duty.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class FirstQuestionSmsEndToEndTests : IDisposable
{
    private const string Guard = "+8613900000012"; // security-1 in the demo directory
    private const string Head = "+8613900000009";  // engineering-head
    private readonly LocalHost _host;
    private readonly HttpClient _guardApi;
    private readonly HttpClient _agent;
    private readonly HttpClient _anonymous;

    public FirstQuestionSmsEndToEndTests(AzuriteFixture azurite)
    {
        _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("fqsms"), LocalHost.Friday1400);
        _guardApi = _host.As("security-1");
        _agent = _host.As("agent1");
        _anonymous = _host.CreateClient();
    }

    public void Dispose()
    {
        _guardApi.Dispose();
        _agent.Dispose();
        _anonymous.Dispose();
        _host.Dispose();
    }

    private async Task<string> ReplyAsync(string number, string text)
    {
        var before = (await PhoneAsync(number)).Count;
        (await _anonymous.PostAsJsonAsync($"/sim/phones/{number}/reply", new { text })).EnsureSuccessStatusCode();
        await Eventually.Until(async () => (await PhoneAsync(number)).Count > before, $"the reply to \"{text}\"");
        return (await PhoneAsync(number)).Last()!.Str("text");
    }

    private async Task<JsonArray> PhoneAsync(string number) => (await _anonymous.GetOkAsync($"/sim/phones/{number}/messages")).AsArray();

    private async Task<JsonNode> FirstQuestionAsync(string id) => (await _agent.GetOkAsync($"/api/cases/{id}"))["firstQuestion"]!;

    [Fact]
    [Trait("Rule", "R-FQ-1")]
    [Trait("Rule", "R-FQ-2")]
    public async Task GuardHandsOver_DepartmentReceives_AndNotifiesWhenDone_AllBySms()
    {
        var view = await _guardApi.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary = "卫生间漏水", receivedBy = "security-1", decision = "open", reason = "on-site-work",
        });
        var id = view.Str("id");
        var reference = id[9..];
        await _host.WaitForOutboxAsync(id);

        Assert.Contains("移交(HANDOVER)", await ReplyAsync(Guard, "帮助"), StringComparison.Ordinal);
        Assert.Contains("方式", await ReplyAsync(Guard, $"移交 {reference} engineering 漏水"), StringComparison.Ordinal);
        Assert.Contains("协调单", await ReplyAsync(Guard, $"移交 {reference} engineering 到场 漏水属工程部维修"), StringComparison.Ordinal);
        await Eventually.Until(async () => (await FirstQuestionAsync(id))["handOvers"]!.AsArray().Count == 1, "the hand-over");
        var slip = (await FirstQuestionAsync(id))["handOvers"]![0]!;
        Assert.Equal(("engineering-head", "supervisor-on-site"), (slip.Str("to"), slip.Str("method")));

        Assert.Contains("已登记接收", await ReplyAsync(Head, $"接收 {reference} 已安排维修"), StringComparison.Ordinal);
        await Eventually.Until(async () => (await FirstQuestionAsync(id))["handOvers"]![0]!["receptionRecordedUtc"] is not null, "the reception record");

        // Before the work is done the notice is refused in Chinese, and nothing is stored.
        Assert.Contains("办结后才能通知首问", await ReplyAsync(Head, $"通知首问 {reference} 已更换水管"), StringComparison.Ordinal);
        Assert.Null((await FirstQuestionAsync(id))["dutyEndedUtc"]);

        await ReplyAsync(Head, $"收到 {reference}");
        await ReplyAsync(Head, $"完成 {reference} 单号A123 已更换水管");
        Assert.Contains("首问责任结束", await ReplyAsync(Head, $"通知首问 {reference} 已更换水管"), StringComparison.Ordinal);
        await Eventually.Until(async () => (await FirstQuestionAsync(id))["dutyEndedUtc"] is not null, "the end of the duty");
        await Eventually.Until(async () => (await PhoneAsync(Guard)).Any(m => m!.Str("text").Contains("首问办结", StringComparison.Ordinal)), "the guard told");
    }
}
