using Hotline.Domain.Permits;
using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;
using Hotline.Service.Api;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Permits;

/// <summary>
/// Release permits (放行通知单, R-SV-1, 001 篇4): the service centre issues them after its checks, the guard decides at the
/// gate (<see cref="PermitGateHandlers"/>), security's copy is handed back and filed, and the list shows copies overdue.
/// </summary>
public static class PermitHandlers
{
    public const string Rule = ReleasePermitRules.Rule;
    private const string Kind = "Permit";
    private static readonly Role[] Issuers = [Role.Agent, Role.Manager];

    public static RouteGroupBuilder MapPermits(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/permits", (Delegate)IssueAsync).WithName("IssuePermit");
        api.MapGet("/permits", (Delegate)ListAsync).WithName("ListPermits");
        api.MapPost("/permits/gate", (Delegate)PermitGateHandlers.DecideAsync).WithName("PermitGate");
        api.MapGet("/permits/{id}", GetAsync).WithName("GetPermit");
        api.MapPost("/permits/{id}/hand-back", HandBackAsync).WithName("HandBackPermit");
        return api;
    }

    public static Task<IResult> IssueAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, Issuers, async (caller, services) =>
        {
            var (body, bodyError) = await JsonBody.ReadAsync<IssuePermitBody>(context.Request, context.RequestAborted);
            if (bodyError is not null)
            {
                return bodyError;
            }

            var v = new Validation();
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), body!.Profile, v);
            var request = PermitRequests.Parse(body, v);
            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var policy = profile!.ReleasePermits;
            if (!policy.Offered)
            {
                return RuleRefusals.Of(Rule, "profile", $"Profile {profile.Id} has no release-permit procedure (releasePermits).", forbidden: false);
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var today = profile.Calendar.LocalDate(now);
            var (permit, refusal) = ReleasePermitRules.Issue(RuleRefusals.NewId("rp", today), profile.Id, request!, Actor.Of(caller.Member), now, today);
            if (refusal is not null)
            {
                return RuleRefusals.Of(Rule, refusal.Field, refusal.Reason, refusal.Forbidden);
            }

            await services.GetRequiredService<IPermitStore>().SaveAsync(permit!, null, context.RequestAborted);
            return Results.Created($"/api/permits/{permit!.Id}", PermitViews.Of(permit, caller, policy, now));
        });

    public static Task<IResult> GetAsync(HttpContext context, string id) =>
        ApiCaller.RunAsync(context, [], (caller, services) =>
            StoredDocuments.LoadAsync(services.GetRequiredService<IPermitStore>(), Kind, id, stored =>
            {
                var policy = Policy(services, stored.Permit);
                return CanRead(caller.Member, policy)
                    ? Results.Ok(PermitViews.Of(stored.Permit, caller, policy, services.GetRequiredService<TimeProvider>().GetUtcNow()))
                    : Problems.Forbidden("Permits are read by the service centre, security, the manager, the quality office and admins.");
            }, context.RequestAborted));

    /// <summary>GET /api/permits?profile=…&amp;overdue=true|false: the profile's permits, with the security copies overdue for hand-back.</summary>
    public static Task<IResult> ListAsync(HttpContext context) =>
        ApiCaller.RunAsync(context, [], async (caller, services) =>
        {
            var v = new Validation();
            var query = context.Request.Query;
            var profile = RuleRefusals.Profile(services.GetRequiredService<ProfileRegistry>(), query["profile"].FirstOrDefault(), v);
            var overdueText = query["overdue"].FirstOrDefault();
            bool? overdueOnly = null;
            if (overdueText is not null)
            {
                overdueOnly = bool.TryParse(overdueText, out var parsed) ? parsed : null;
                if (overdueOnly is null)
                {
                    v.Add("overdue", $"'{overdueText}' is not true or false.");
                }
            }

            if (!v.IsValid)
            {
                return Problems.Validation(v.Errors);
            }

            var policy = profile!.ReleasePermits;
            if (!CanRead(caller.Member, policy))
            {
                return Problems.Forbidden("Permits are read by the service centre, security, the manager, the quality office and admins.");
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var stored = await services.GetRequiredService<IPermitStore>().ListAsync(new PermitQuery(profile.Id, OnlyCopyOut: overdueOnly == true), context.RequestAborted);
            var every = Math.Max(policy.HandBackEveryDays, 1);
            var overdue = PermitFiling.Overdue(stored.Select(s => s.Permit), now, every).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var items = stored.Where(s => overdueOnly is null || overdue.Contains(s.Permit.Id) == overdueOnly).Select(s => PermitViews.Of(s.Permit, caller, policy, now)).ToList();
            return Results.Ok(new PermitList(profile.Id, policy.HandBackEveryDays, [.. overdue.Order(StringComparer.Ordinal)], items));
        });

    /// <summary>
    /// Security's copy comes back to the service centre and is filed (§4.4.1). Recorded by the service centre or by security;
    /// a copy filed already keeps its first date, so a repeated call changes nothing. Filed by someone else meanwhile: read again.
    /// </summary>
    public static Task<IResult> HandBackAsync(HttpContext context, string id) =>
        ApiCaller.RunAsync(context, [], (caller, services) =>
        {
            var store = services.GetRequiredService<IPermitStore>();
            return StoredDocuments.ChangeAsync(store, Kind, id, async stored =>
            {
                var policy = Policy(services, stored.Permit);
                var member = caller.Member;
                if (!member.Has(Role.Agent) && !member.Has(Role.Manager) && !PermitViews.IsSecurity(member, policy))
                {
                    return Problems.Forbidden("Security's copies are handed back to the service centre: a receptionist, the manager or security records it.");
                }

                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                if (stored.Permit.SecurityCopyFiledUtc is not null)
                {
                    return Results.Ok(PermitViews.Of(stored.Permit, caller, policy, now));
                }

                var saved = await store.SaveAsync(PermitFiling.HandBack(stored.Permit, now), stored.ETag, context.RequestAborted);
                return Results.Ok(PermitViews.Of(saved.Permit, caller, policy, now));
            }, gaveUp: null, context.RequestAborted);
        });

    internal static Task<StoredPermit?> FindAsync(IServiceProvider services, string id, CancellationToken cancellationToken) =>
        StoredDocuments.FindAsync(services.GetRequiredService<IPermitStore>(), id, cancellationToken);

    internal static ReleasePermitPolicy Policy(IServiceProvider services, ReleasePermit permit) =>
        services.GetRequiredService<ProfileRegistry>().Find(permit.ProfileId)?.ReleasePermits ?? new ReleasePermitPolicy();

    private static bool CanRead(StaffMember member, ReleasePermitPolicy policy) =>
        member.Has(Role.Agent) || member.Has(Role.Manager) || member.Has(Role.QualityOffice) || member.Has(Role.Admin) || PermitViews.IsSecurity(member, policy);
}

/// <summary>Turns the issue body into the domain's request; missing fields are named, the domain judges the rest.</summary>
internal static class PermitRequests
{
    public static PermitRequest? Parse(IssuePermitBody body, Validation v)
    {
        var unit = v.Required(body.Unit, "unit", 100);
        var items = v.Required(body.Items, "items", 1000);
        var name = v.Required(body.ApplicantName, "applicantName", 50);
        var applicant = v.Enum<PermitApplicant>(body.Applicant, "applicant");
        var valuable = Flag(body.ValuableOrLarge, "valuableOrLarge", v);
        var idShown = Flag(body.IdShown, "idShown", v);
        var signed = Flag(body.SignedByApplicant, "signedByApplicant", v);
        WrittenAuthorisation? auth = null;
        if (body.Authorisation is { } a)
        {
            var forDate = a.ForDate is null ? null : v.Date(a.ForDate, "authorisation.forDate");
            auth = new WrittenAuthorisation(
                Flag(a.SignedByOwner, "authorisation.signedByOwner", v), Flag(a.OwnerIdCopyAttached, "authorisation.ownerIdCopyAttached", v),
                v.Optional(a.AuthorisedPerson, "authorisation.authorisedPerson", 50), forDate, v.Optional(a.ItemsNamed, "authorisation.itemsNamed", 1000));
        }

        return v.IsValid ? new PermitRequest(unit!, items!, valuable, applicant!.Value, name!, idShown, signed, auth) : null;
    }

    private static bool Flag(bool? value, string field, Validation v)
    {
        if (value is null)
        {
            v.Add(field, "Required: true or false.");
        }

        return value ?? false;
    }
}
