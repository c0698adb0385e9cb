using System.Text.Json.Nodes;
using Hotline.Domain.Cases;
using Hotline.Service.Sms;
using Hotline.Testing;
using Hotline.Testing.Durable;

namespace Hotline.Functions.Tests;

/// <summary>The Event Grid WebHook (the host has checked the function key): handshake, SMS replies, delivery reports.</summary>
public sealed class SmsWebhookTests
{
    private static string Supervisor => TestOrg.Member("engineering-head").Phone.E164;

    [Fact]
    public async Task SubscriptionValidation_AnswersTheValidationCode()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var body = """
            [{"id":"2d1781af","topic":"/subscriptions/x","subject":"","data":{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"},
              "eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2026-11-30T02:03:04Z","metadataVersion":"1","dataVersion":"1"}]
            """;
        var request = Delivery(host, body, "SubscriptionValidation");

        await new SmsWebhook(host.Services).SmsInbound(request, host.Client);

        var (status, answer) = FunctionRequests.Response(request);
        Assert.Equal(200, status);
        Assert.Equal("512d38b6-c7b8-40c8-89fe-f46f9e9622b6", answer!.Value.GetProperty("validationResponse").GetString());
    }

    [Fact]
    public async Task Reply_Acknowledges_ThroughTheCaseOrchestration_AndARedeliveryChangesNothing()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var id = await ApiFunctionsTests.IntakeAsync(host);
        var reply = SmsReceived("evt-1", "msg-1", Supervisor, "收到");

        var first = Delivery(host, reply);
        await new SmsWebhook(host.Services).SmsInbound(first, host.Client);

        Assert.Equal(200, FunctionRequests.Response(first).Status);
        var acknowledged = await host.WaitForCaseAsync(id, c => c.State.Status == CaseStatus.InProgress);
        var replies = host.Sms.Requests.Count(m => m.To == Supervisor && m.OutboxId == "reply.msg-1");
        Assert.Equal(1, replies);

        var again = Delivery(host, reply);
        await new SmsWebhook(host.Services).SmsInbound(again, host.Client);

        Assert.Equal(200, FunctionRequests.Response(again).Status);
        await Task.Delay(500);
        Assert.Equal(acknowledged.State.Version, (await host.CaseAsync(id)).State.Version);
        Assert.Equal(1, host.Sms.Requests.Count(m => m.OutboxId == "reply.msg-1"));
    }

    [Fact]
    public async Task ReplyCouldNotBeSent_Answers503WithRetryAfter_SoEventGridRedelivers()
    {
        await using var host = await DurableCaseHost.StartAsync();
        await ApiFunctionsTests.IntakeAsync(host);
        host.Sms.Script = sms => sms.OutboxId.StartsWith("reply.", StringComparison.Ordinal)
            ? new SmsSendOutcome.TransientFailure("provider busy (injected)", null)
            : null;
        var request = Delivery(host, SmsReceived("evt-2", "msg-2", Supervisor, "帮助"));

        await new SmsWebhook(host.Services).SmsInbound(request, host.Client);

        Assert.Equal(503, FunctionRequests.Response(request).Status);
        Assert.False(string.IsNullOrEmpty(request.HttpContext.Response.Headers.RetryAfter.ToString()));
    }

    [Fact]
    public async Task MalformedDelivery_Answers400NamingTheField()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var request = Delivery(host, """[{"id":"e","eventType":"Microsoft.Communication.SMSReceived","eventTime":"2026-11-30T02:03:04Z","data":{}}]""");

        await new SmsWebhook(host.Services).SmsInbound(request, host.Client);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(400, status);
        Assert.True(body!.Value.GetProperty("errors").EnumerateObject().Any());
    }

    private static Microsoft.AspNetCore.Http.HttpRequest Delivery(DurableCaseHost host, string body, string eventType = "Notification")
    {
        var request = FunctionRequests.Make(host.Services, "POST", body: body);
        request.Headers["aeg-event-type"] = eventType;
        return request;
    }

    private static string SmsReceived(string eventId, string messageId, string from, string text) =>
        new JsonArray(new JsonObject
        {
            ["id"] = eventId,
            ["topic"] = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Communication/communicationServices/acs",
            ["subject"] = "/phonenumber/8613000000000",
            ["eventType"] = "Microsoft.Communication.SMSReceived",
            ["eventTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["dataVersion"] = "1.0",
            ["metadataVersion"] = "1",
            ["data"] = new JsonObject
            {
                ["messageId"] = messageId,
                ["from"] = from,
                ["to"] = "+8613000000000",
                ["message"] = text,
                ["receivedTimestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            },
        }).ToJsonString();
}
