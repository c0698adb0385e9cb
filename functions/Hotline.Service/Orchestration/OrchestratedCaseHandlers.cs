using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Directory;
using Hotline.Service.Running;
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
        var result = await CaseHandlers.IntakeAsync(context);
        if (result is IValueHttpResult { Value: CaseView view } && CaseId.TryParse(view.Id, out var id)
            && await context.RequestServices.GetRequiredService<ICaseStore>().GetAsync(id, context.RequestAborted) is { } stored)
        {
            // Also for a retried intake (same Idempotency-Key): it repairs a first attempt that died before this line.
            await orchestrations.EnsureRunningAsync(stored, context.RequestAborted);
        }

        return result;
    }

    /// <summary>
    /// Validates the signal exactly like the local host (401, 400 naming the field, 403, 404, and 409 naming the rule by
    /// deciding on the current projection), then raises it to the orchestration and answers 202 with the expected view.
    /// The orchestration decides again on its own state, which is the truth; the projection may be a moment behind it.
    /// </summary>
    public static async Task<IResult> SignalAsync(HttpContext context, string id, ICaseOrchestrations orchestrations)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(orchestrations);
        var (signal, error) = await SignalRequests.ReadAsync(context, id);
        if (error is not null)
        {
            return error;
        }

        var services = context.RequestServices;
        var store = services.GetRequiredService<ICaseStore>();
        var (caseId, stored, actor, make, now) = signal!;
        var profile = services.GetRequiredService<ProfileRegistry>().Get(stored.State.ProfileId);
        var trigger = make(stored.State, profile);
        switch (CaseMachine.Decide(stored.State, trigger, profile))
        {
            case Decision.Rejected { Rule: Rejection.NotAllowed } r:
                return Problems.Forbidden(r.Reason);
            case Decision.Rejected r:
                return Problems.Rule(r.Rule, r.Reason);
            case Decision.Accepted accepted:
                await orchestrations.EnsureRunningAsync(stored, context.RequestAborted);
                await orchestrations.SignalAsync(caseId, new CaseSignal.Apply(trigger), context.RequestAborted);
                var ledger = (await store.GetLedgerAsync(caseId, context.RequestAborted))
                    .Concat(accepted.Commands.OfType<AppendLedger>().Select(c => c.Entry)).ToList();
                return TypedResults.Accepted($"/api/cases/{caseId}", CaseViews.Of(accepted.State, ledger, actor.Id, now));
            default:
                throw new InvalidOperationException("Unknown decision.");
        }
    }
}
