using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

public sealed record ClockBody(string? Advance, DateTimeOffset? To);

/// <param name="CasesTicked">Open cases whose deadline had come and were sent the new time.</param>
/// <param name="MessagesDispatched">Their messages carried out (sent or failed) before the answer.</param>
public sealed record ClockView(DateTimeOffset NowUtc, int CasesTicked, int MessagesDispatched);

public sealed record OutboxView(string Id, string CaseId, string Kind, string Recipient, string To, string Text, int Segments, string Status, int Attempts, DateTimeOffset CreatedUtc, string? ProviderMessageId, string? Error, string? DeliveryStatus);

/// <summary>Operations: the manual clock (tests and demos) and the outbox view of the SMS simulator.</summary>
public static class OpsHandlers
{
    /// <summary>
    /// Moves the manual clock and runs everything that falls due: each open case whose deadline has come gets a tick with
    /// the new time (<see cref="ManualClockDriver"/>); answered when those cases have acted and sent their messages.
    /// </summary>
    public static async Task<IResult> ClockAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var (_, error) = await ApiAuth.AuthenticateAsync(context, services.GetRequiredService<IStaffDirectory>(), Role.Admin);
        if (error is not null)
        {
            return error;
        }

        if (services.GetRequiredService<TimeProvider>() is not ManualTimeProvider clock)
        {
            return Problems.Rule("CLOCK", "The clock can only be moved in the manual clock mode (Hotline:Clock=Manual).");
        }

        var (body, bodyError) = await JsonBody.ReadAsync<ClockBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (body!.Advance is not null)
        {
            try
            {
                clock.Advance(System.Xml.XmlConvert.ToTimeSpan(body.Advance));
            }
            catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
            {
                return Problems.Validation("advance", "A positive ISO 8601 duration like PT2H or P1DT30M.");
            }
        }
        else if (body.To is { } to)
        {
            try
            {
                clock.SetUtcNow(to);
            }
            catch (ArgumentOutOfRangeException e)
            {
                return Problems.Validation("to", e.Message.Split(Environment.NewLine)[0]);
            }
        }
        else
        {
            return Problems.Validation("advance", "Give 'advance' (a duration) or 'to' (an instant).");
        }

        var (ticked, sent) = await services.GetRequiredService<ManualClockDriver>().AdvanceToAsync(clock.GetUtcNow(), context.RequestAborted);
        // The manual clock stands in for the periodic sweep (not run in this mode): the reporting round runs at the new time too.
        await services.GetRequiredService<Reports.ReportSweep>().RunAsync(context.RequestAborted);
        return Results.Ok(new ClockView(clock.GetUtcNow(), ticked, sent));
    }

    public static async Task<IResult> OutboxAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var (caller, error) = await ApiAuth.AuthenticateAsync(context, services.GetRequiredService<IStaffDirectory>());
        if (error is not null)
        {
            return error;
        }

        if (!CaseId.TryParse(context.Request.Query["caseId"], out var caseId))
        {
            return Problems.Validation("caseId", "Give the case whose messages to show, like 20261122-0042.");
        }

        var store = services.GetRequiredService<ICaseStore>();
        var stored = await store.GetAsync(caseId, context.RequestAborted);
        // A case the viewer may not see does not exist for them, nor do its texts: the same 404 as GET /cases/{id} (R-PV-1).
        if (stored is null || !CaseVisibility.Sees(caller!.Member, stored.State))
        {
            return Problems.NotFound($"Case {caseId}");
        }

        var part = stored.State.HasPart(caller.Member.Id);
        var messages = await store.OutboxAsync(caseId, context.RequestAborted);
        return Results.Ok(messages.OrderBy(m => m.Sequence).Select(m => new OutboxView(
            m.Id, m.CaseId.Value, CaseViews.Kebab(m.Kind), m.Recipient, part ? m.To : Mask.Phone(m.To), part ? m.Text : Mask.AboutCaller(m.Text, stored.State.Caller), m.Segments,
            CaseViews.Kebab(m.Status), m.Attempts, m.CreatedUtc, m.ProviderMessageId, m.Error, m.DeliveryStatus)).ToList());
    }
}
