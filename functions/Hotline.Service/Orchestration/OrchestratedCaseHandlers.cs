using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Orchestration;

/// <summary>
/// The case endpoints whose behaviour differs when each case is a Durable orchestration, the single writer of its case.
/// Everything else (views, lists, staff, outbox) is the shared <see cref="CaseHandlers"/> code.
/// </summary>
public static class OrchestratedCaseHandlers
{
    /// <summary>The shared intake (which commits the new case), then the case's orchestration is started.</summary>
    public static async Task<IResult> IntakeAsync(HttpContext context, ICaseOrchestrations orchestrations)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(orchestrations);
        return await CaseHandlers.IntakeAsync(context, intake => intake.Created
            ? orchestrations.StartNewAsync(intake.Case!, intake.Outbox ?? [], context.RequestAborted)
            // A retried intake (same Idempotency-Key): repairs a first attempt that died before its orchestration started.
            : orchestrations.EnsureRunningAsync(intake.Case!, context.RequestAborted));
    }

    /// <summary>
    /// The shared signal endpoint (401, 400 naming the field, 403, 404, 409 naming the rule) over the
    /// <see cref="OrchestratedCaseDriver"/>: an accepted signal is raised to the orchestration and answered 202.
    /// </summary>
    public static Task<IResult> SignalAsync(HttpContext context, string id, ICaseOrchestrations orchestrations)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        return CaseHandlers.SignalWithAsync(context, id, new OrchestratedCaseDriver(
            services.GetRequiredService<ICaseStore>(), services.GetRequiredService<ProfileRegistry>(), orchestrations, services.GetService<ApiOptions>()));
    }
}
