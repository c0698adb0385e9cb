using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Orchestration;

/// <summary>
/// Admin operations on case orchestrations (role Admin), for what the portal does not show by case: status, list,
/// wake/repair (start or refresh from the stored projection), terminate and purge.
/// </summary>
public static class OrchestrationAdminHandlers
{
    public static Task<IResult> StatusAsync(HttpContext context, string id, ICaseOrchestrations orchestrations) =>
        WithCaseAsync(context, id, async caseId =>
            await orchestrations.GetAsync(caseId, context.RequestAborted) is { } instance
                ? Results.Ok(instance) : Problems.NotFound($"The orchestration of case {caseId}"));

    public static async Task<IResult> ListAsync(HttpContext context, ICaseOrchestrations orchestrations)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(orchestrations);
        if (await AdminErrorAsync(context) is { } error)
        {
            return error;
        }

        var activeOnly = !string.Equals(context.Request.Query["all"], "true", StringComparison.OrdinalIgnoreCase);
        return Results.Ok(await orchestrations.ListAsync(activeOnly, 200, context.RequestAborted));
    }

    /// <summary>Starts the orchestration when none is active, otherwise sends it the stored projection (which also wakes it).</summary>
    public static Task<IResult> WakeAsync(HttpContext context, string id, ICaseOrchestrations orchestrations) =>
        WithCaseAsync(context, id, async caseId =>
        {
            var stored = await context.RequestServices.GetRequiredService<ICaseStore>().GetAsync(caseId, context.RequestAborted);
            if (stored is null)
            {
                return Problems.NotFound($"Case {caseId}");
            }

            if (!await orchestrations.EnsureRunningAsync(stored, context.RequestAborted) && !stored.State.IsTerminal)
            {
                await orchestrations.SignalAsync(caseId, new CaseSignal.Refresh(CaseSnapshot.Of(stored)), context.RequestAborted);
            }

            return Results.Accepted($"/api/admin/cases/{caseId}/orchestration", await orchestrations.GetAsync(caseId, context.RequestAborted));
        });

    public static Task<IResult> TerminateAsync(HttpContext context, string id, ICaseOrchestrations orchestrations) =>
        WithCaseAsync(context, id, async caseId =>
        {
            var reason = context.Request.Query["reason"].FirstOrDefault() ?? "terminated by an admin";
            await orchestrations.TerminateAsync(caseId, reason, context.RequestAborted);
            return Results.Accepted($"/api/admin/cases/{caseId}/orchestration");
        });

    public static Task<IResult> PurgeAsync(HttpContext context, string id, ICaseOrchestrations orchestrations) =>
        WithCaseAsync(context, id, async caseId => await orchestrations.PurgeAsync(caseId, context.RequestAborted)
            ? Results.NoContent()
            : Problems.Rule("ADMIN", $"The orchestration of case {caseId} is missing or still active; terminate it first."));

    private static async Task<IResult> WithCaseAsync(HttpContext context, string id, Func<CaseId, Task<IResult>> action)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await AdminErrorAsync(context) is { } error)
        {
            return error;
        }

        return CaseId.TryParse(id, out var caseId) ? await action(caseId) : Problems.Validation("id", "A case id like 20261122-0042.");
    }

    private static async Task<IResult?> AdminErrorAsync(HttpContext context) =>
        (await ApiAuth.AuthenticateAsync(context, context.RequestServices.GetRequiredService<IStaffDirectory>(), Role.Admin)).Error;
}
