using System.Security.Cryptography;
using System.Text;
using Hotline.Service.Api;
using Hotline.Service.Sms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Azure.Sms;

/// <summary>The Event Grid webhook's shared secret, configured per deployment (?code= or the x-hotline-webhook-key header).</summary>
public sealed record SmsWebhookOptions(string Key);

/// <summary>
/// POST /api/sms/inbound: Event Grid (Event Grid schema) delivers SMS replies and delivery reports here. Answers the
/// subscription-validation handshake, drops duplicate deliveries, and refuses anything malformed with a 400 naming
/// the field before any side effect.
/// </summary>
public static class SmsWebhookHandler
{
    public const string KeyHeader = "x-hotline-webhook-key";

    /// <summary>The local host's webhook: checks the shared key itself, then handles the delivery with the container's services.</summary>
    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var expected = services.GetRequiredService<SmsWebhookOptions>().Key;
        var presented = context.Request.Query["code"].FirstOrDefault() ?? context.Request.Headers[KeyHeader].FirstOrDefault() ?? string.Empty;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(detail: "The webhook key is missing or wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.");
        }

        return await ProcessAsync(context, services.GetRequiredService<InboundSmsService>(), services.GetRequiredService<DeliveryFeedback>());
    }

    /// <summary>
    /// Handles one Event Grid delivery whose caller is already authenticated (in Azure Functions the host checks the
    /// function key before the function runs). The services are passed because in Azure they act through the Durable
    /// client of this invocation.
    /// </summary>
    public static async Task<IResult> ProcessAsync(HttpContext context, InboundSmsService inbound, DeliveryFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(feedback);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length > JsonBody.MaxBytes)
        {
            return Problems.Validation("body", $"The body is larger than {JsonBody.MaxBytes / 1024} KB.");
        }

        IReadOnlyList<InboundEvent> events;
        try
        {
            events = EventGridInbound.Parse(BinaryData.FromBytes(buffer.ToArray()), context.Request.Headers["aeg-event-type"].FirstOrDefault());
        }
        catch (InboundFormatException e)
        {
            return Problems.Validation(e.Field, e.Message);
        }

        var replies = 0;
        foreach (var e in events)
        {
            switch (e)
            {
                case InboundEvent.SubscriptionValidation v:
                    return Results.Content(EventGridInbound.ValidationResponse(v.ValidationCode), "application/json", Encoding.UTF8);
                case InboundEvent.SmsReceived sms:
                    try
                    {
                        var reply = await inbound.HandleAsync(
                            new InboundSms(sms.MessageId, sms.From, sms.Message, sms.ReceivedAt), context.RequestAborted);
                        replies += reply is null ? 0 : 1;
                    }
                    catch (ReplyNotSentException notSent)
                    {
                        // Event Grid retries a non-2xx delivery with backoff; the saved reply is resent then.
                        context.Response.Headers.RetryAfter = "30";
                        return Problems.Unavailable(notSent.Message);
                    }

                    break;
                case InboundEvent.SmsDeliveryReport report:
                    await feedback.OnDeliveryReportAsync(report.Tag, report.DeliveryStatus, report.DeliveryStatusDetails, context.RequestAborted);
                    break;
            }
        }

        return Results.Ok(new SmsInboundAnswer(events.Count, replies));
    }
}
