using Hotline.Domain.Permits;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Permits;

/// <summary>
/// POST /api/permits/gate: the guard asks whether goods may leave (001 篇4 §4.1–4.2). Only the security unit decides at the
/// gate. Without a permit the answer is the rule's outcome (pass, permit required, owner's signature required); with one, the
/// permit must exist and, for valuable or large goods, carry the owner's own signature — otherwise 409. Nothing is stored.
/// </summary>
public static class PermitGateHandlers
{
    public static async Task<IResult> DecideAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var (caller, authError) = await ApiAuth.AuthenticateAsync(context, services.GetRequiredService<IStaffDirectory>());
        if (authError is not null)
        {
            return authError;
        }

        var (body, bodyError) = await JsonBody.ReadAsync<GateBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var v = new Validation();
        var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), body!.Profile, v);
        var permitId = v.Optional(body.PermitId, "permitId", 64);
        if (body.GuardConfirmsOwner is null)
        {
            v.Add("guardConfirmsOwner", "Required: true when the guard knows the owner carrying the goods.");
        }

        if (body.ValuableOrLarge is null)
        {
            v.Add("valuableOrLarge", "Required: true for valuable or large goods (贵重/大件物品).");
        }

        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var stored = permitId is null ? null : await PermitHandlers.FindAsync(services, permitId, context.RequestAborted);
        if (permitId is not null && stored is null)
        {
            return Problems.NotFound($"Permit {permitId}");
        }

        var policy = stored is null ? profile!.ReleasePermits : PermitHandlers.Policy(services, stored.Permit);
        if (!PermitViews.IsSecurity(caller!.Member, policy))
        {
            return Problems.Forbidden($"The guards of the security unit ({policy.SecurityUnit ?? "none"}) decide at the gate.");
        }

        var outcome = ReleasePermitRules.AtTheGate(body.GuardConfirmsOwner!.Value, body.ValuableOrLarge!.Value);
        var code = CaseViews.Kebab(outcome);
        if (stored is null)
        {
            return Results.Ok(outcome switch
            {
                GateOutcome.PassWithoutPermit => new GateView(code, true, null, "Small items of an owner the guard knows: release (§4.1)."),
                GateOutcome.PermitRequired => new GateView(code, false, null, "The guard cannot confirm the owner: only a permit from the service centre releases the goods (§4.2)."),
                _ => new GateView(code, false, null, "Valuable or large goods: only on a permit the owner signed in person (§4.1)."),
            });
        }

        if (outcome == GateOutcome.OwnerSignatureRequired && !ReleasePermitRules.ReleasesValuables(stored.Permit))
        {
            return RuleRefusals.Of(
                PermitHandlers.Rule, "permitId", $"Permit {stored.Permit.Id} was not signed by the owner in person: it does not release valuable or large goods (§4.1).", forbidden: false);
        }

        return Results.Ok(new GateView(code, true, stored.Permit.Id, $"Released on permit {stored.Permit.Id}."));
    }
}
