using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Azure.Sms;
using Hotline.Service.Api;
using Microsoft.AspNetCore.Http.Features;

namespace Hotline.Local.Simulator;

public sealed record FaultBody(int FailNext, int? Status);

public sealed record PhoneBody(bool Unreachable);

public sealed record ReplyBody(string? Text);

/// <summary>
/// The SMS simulator's HTTP surface (local host only): an ACS-compatible send endpoint, a phone's inbox, "reply from
/// a phone" (a genuine Event Grid SMSReceived event posted to the inbound webhook), and fault injection.
/// </summary>
public static class SimulatorEndpoints
{
    public static void MapSmsSimulator(this IEndpointRouteBuilder endpoints)
    {
        var sim = endpoints.MapGroup("/sim").ExcludeFromDescription();
        sim.MapPost("/acs/sms", (Delegate)SendAsync);
        sim.MapGet("/phones/{number}/messages", (string number, SmsSimulator simulator) =>
            Results.Ok(simulator.To(E164.Normalize(number) ?? number)));
        sim.MapPost("/phones/{number}/reply", ReplyAsync);
        // Bodies are read with JsonBody like the API's, so bad input is a 400/415 problem naming the field, never a bare 400.
        sim.MapPut("/phones/{number}", async (string number, HttpContext context, SmsSimulator simulator) =>
        {
            var (body, error) = await JsonBody.ReadAsync<PhoneBody>(context.Request, context.RequestAborted);
            if (error is not null)
            {
                return error;
            }

            simulator.SetUnreachable(E164.Normalize(number) ?? number, body!.Unreachable);
            return Results.NoContent();
        });
        sim.MapPost("/faults", async (HttpContext context, SmsSimulator simulator) =>
        {
            var (body, error) = await JsonBody.ReadAsync<FaultBody>(context.Request, context.RequestAborted);
            if (error is not null)
            {
                return error;
            }

            simulator.FailNext(body!.FailNext, body.Status ?? 503);
            return Results.NoContent();
        });
    }

    /// <summary>POST /sim/acs/sms?api-version=2021-03-07, checked exactly as ACS documents it.</summary>
    private static async Task<IResult> SendAsync(HttpContext context)
    {
        var simulator = context.RequestServices.GetRequiredService<SmsSimulator>();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var request = context.Request;
        var signed = new AcsSignedRequest(request.Method, context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            request.Headers.Host.ToString(), request.Headers["x-ms-date"].ToString(), request.Headers["x-ms-content-sha256"].ToString(),
            request.Headers.Authorization.ToString(), buffer.ToArray());
        var check = AcsSignatureVerifier.Verify(signed, SmsSimulator.Key, TimeProvider.System.GetUtcNow());
        if (!check.IsValid)
        {
            return Results.Json(new { error = new { code = "Denied", message = check.Reason } }, statusCode: 401);
        }

        if (simulator.TakeFault() is { } status)
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.Json(new { error = new { code = "ServiceUnavailable", message = "Simulated provider outage." } }, statusCode: status);
        }

        if (Read(buffer.ToArray()) is not { } body)
        {
            return Problems.Validation("body", "An ACS send request: from, message and smsRecipients[].to, repeatabilityRequestId.");
        }

        var from = (string)body["from"]!;
        var message = (string)body["message"]!;
        var tag = (string?)body["smsSendOptions"]?["tag"];
        var results = new JsonArray();
        foreach (var recipient in body["smsRecipients"]!.AsArray())
        {
            var to = (string)recipient!["to"]!;
            if (simulator.IsUnreachable(to))
            {
                results.Add(new JsonObject { ["to"] = to, ["httpStatusCode"] = 400, ["successful"] = false, ["errorMessage"] = "The recipient is unreachable (simulated)." });
                continue;
            }

            var (sms, repeated) = simulator.Deliver(from, to, message, tag, Guid.Parse((string)recipient["repeatabilityRequestId"]!));
            results.Add(new JsonObject
            {
                ["to"] = to,
                ["messageId"] = sms.MessageId,
                ["httpStatusCode"] = 202,
                ["repeatabilityResult"] = repeated ? "rejected" : "accepted",
                ["successful"] = true,
            });
        }

        return Results.Json(new JsonObject { ["value"] = results }, statusCode: 202);
    }

    /// <summary>The send request if it has the shape ACS requires; null for malformed JSON or missing fields.</summary>
    private static JsonNode? Read(byte[] json)
    {
        try
        {
            var body = JsonNode.Parse(json);
            return body?["from"] is JsonValue && body["message"] is JsonValue && body["smsRecipients"] is JsonArray { Count: > 0 } recipients
                && recipients.All(r => r?["to"] is JsonValue && Guid.TryParse((string?)r["repeatabilityRequestId"], out _))
                ? body : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A staff member replies from their phone: posts an Event Grid SMSReceived event to the inbound webhook.</summary>
    private static async Task<IResult> ReplyAsync(string number, HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync<ReplyBody>(context.Request, context.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        var services = context.RequestServices;
        var options = services.GetRequiredService<HotlineOptions>();
        var clock = services.GetRequiredService<TimeProvider>();
        if (string.IsNullOrWhiteSpace(body!.Text))
        {
            return Problems.Validation("text", "What the phone sends.");
        }

        var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var messageId = "sim-in-" + Guid.NewGuid().ToString("N");
        var events = new JsonArray(new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["topic"] = "/subscriptions/local/resourceGroups/local/providers/Microsoft.Communication/communicationServices/local",
            ["subject"] = "/phonenumber/" + options.Sms.From.TrimStart('+'),
            ["eventType"] = "Microsoft.Communication.SMSReceived",
            ["eventTime"] = now,
            ["dataVersion"] = "1.0",
            ["metadataVersion"] = "1",
            ["data"] = new JsonObject
            {
                ["messageId"] = messageId,
                ["from"] = E164.Normalize(number) ?? number,
                ["to"] = options.Sms.From,
                ["message"] = body.Text,
                ["receivedTimestamp"] = now,
            },
        });
        using var http = new HttpClient { BaseAddress = services.GetRequiredService<SelfAddress>().BaseUri };
        using var content = new StringContent(events.ToJsonString(), Encoding.UTF8, "application/json");
        using var post = new HttpRequestMessage(HttpMethod.Post, "api/sms/inbound?code=" + Uri.EscapeDataString(options.Sms.WebhookKey)) { Content = content };
        post.Headers.Add("aeg-event-type", "Notification");
        using var response = await http.SendAsync(post, context.RequestAborted);
        var text = await response.Content.ReadAsStringAsync(context.RequestAborted);
        return Results.Content(text, response.Content.Headers.ContentType?.ToString() ?? "application/json", Encoding.UTF8, (int)response.StatusCode);
    }
}
