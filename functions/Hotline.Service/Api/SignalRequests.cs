using Hotline.Domain.Cases;
using Hotline.Domain.Privacy;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

/// <summary>A signal request that passed every check: who sent it, on which stored case, and the trigger it means.</summary>
public sealed record ParsedSignal(CaseId CaseId, StoredCase Stored, Actor Actor, Func<CaseState, Profile, CaseTrigger> Make, DateTimeOffset Now);

/// <summary>
/// What both hosts check before a signal reaches a case: the API key (401), the case id and body (400 naming the
/// field), the case (404, also when the caller may not see it: R-PV-1), a part in it (403), and the fields its type needs (400). The local runner then applies it;
/// the Azure host raises it to the case's orchestration.
/// </summary>
public static class SignalRequests
{
    public static async Task<(ParsedSignal? Signal, IResult? Error)> ReadAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var directory = services.GetRequiredService<IStaffDirectory>();
        var (caller, authError) = await ApiAuth.AuthenticateAsync(context, directory);
        if (authError is not null)
        {
            return (null, authError);
        }

        if (!CaseId.TryParse(id, out var caseId))
        {
            return (null, Problems.Validation("id", "A case id like 20261122-0042."));
        }

        var (body, bodyError) = await JsonBody.ReadAsync<SignalBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return (null, bodyError);
        }

        var stored = await services.GetRequiredService<ICaseStore>().GetAsync(caseId, context.RequestAborted);
        // A case the actor may not see answers like a missing one (R-PV-1); 403 is for a case they see but may not act on.
        if (stored is null || !CaseVisibility.Sees(caller!.Member, stored.State))
        {
            return (null, Problems.NotFound($"Case {id}"));
        }

        var actor = Actor.Of(caller.Member);
        if (!stored.State.HasPart(actor.Id) && !actor.Has(Role.Coordinator) && !(actor.Has(Role.Agent) && SignalParser.ForAnyAgent(body!.Type)))
        {
            return (null, Problems.Forbidden($"{actor.Id} has no part in case {caseId}; ask its first-question owner {stored.State.FirstOwner} to hand it over."));
        }

        var v = new Validation();
        // Only team changes and hand-overs look people up; every other signal reads no directory.
        var staff = SignalParser.NeedsDirectory(body!.Type)
            ? (await directory.ListAsync(context.RequestAborted)).Select(s => s.Member).ToList()
            : [];
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var make = SignalParser.Parse(body!, actor, now, staff, v);
        return !v.IsValid || make is null
            ? (null, Problems.Validation(v.Errors))
            : (new ParsedSignal(caseId, stored, actor, make, now), null);
    }
}
