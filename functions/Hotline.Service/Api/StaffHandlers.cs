using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

public sealed record StaffBody(string? Name, string? Phone, List<string>? Roles, string? Unit, string? Manager, bool? OnDuty, bool? IssueApiKey);

public sealed record StaffView(string Id, string Name, string Phone, IReadOnlyList<string> Roles, string Unit, string? Manager, bool OnDuty, string? ApiKey = null);

/// <summary>The staff directory: anyone signed in may read it; admins change it and issue API keys.</summary>
public static class StaffHandlers
{
    public static async Task<IResult> ListAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.RequestServices.GetRequiredService<IStaffDirectory>();
        var (_, error) = await ApiAuth.AuthenticateAsync(context, directory);
        return error ?? Results.Ok((await directory.ListAsync(context.RequestAborted)).Select(s => View(s.Member)).ToList());
    }

    public static async Task<IResult> GetAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.RequestServices.GetRequiredService<IStaffDirectory>();
        var (_, error) = await ApiAuth.AuthenticateAsync(context, directory);
        if (error is not null)
        {
            return error;
        }

        return StaffId.TryParse(id, out var staffId) && await directory.GetAsync(staffId, context.RequestAborted) is { } s
            ? Results.Ok(View(s.Member)) : Problems.NotFound($"Staff member {id}");
    }

    public static async Task<IResult> PutAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.RequestServices.GetRequiredService<IStaffDirectory>();
        var (_, error) = await ApiAuth.AuthenticateAsync(context, directory, Role.Admin);
        if (error is not null)
        {
            return error;
        }

        var (body, bodyError) = await JsonBody.ReadAsync<StaffBody>(context.Request, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var v = new Validation();
        if (!StaffId.TryParse(id, out var staffId))
        {
            v.Add("id", "Letters, digits, '.', '_' or '-', at most 64.");
        }

        var name = v.Required(body!.Name, "name", 50);
        var unit = v.Required(body.Unit, "unit", 64);
        if (!PhoneNumber.TryParse(body.Phone, out var phone, out var phoneError))
        {
            v.Add("phone", phoneError);
        }

        var roles = new HashSet<Role>();
        foreach (var (role, n) in (body.Roles ?? []).Select((r, n) => (r, n)))
        {
            if (v.Enum<Role>(role, $"roles[{n}]") is { } parsed)
            {
                roles.Add(parsed);
            }
        }

        if (roles.Count == 0 && body.Roles is not { Count: > 0 })
        {
            v.Add("roles", $"At least one of: {string.Join(", ", Validation.Names<Role>())}.");
        }

        StaffId? manager = null;
        if (body.Manager is not null)
        {
            if (StaffId.TryParse(body.Manager, out var m) && await directory.GetAsync(m, context.RequestAborted) is not null && m != staffId)
            {
                manager = m;
            }
            else
            {
                v.Add("manager", $"'{body.Manager}' is not another staff member in the directory.");
            }
        }

        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var existing = await directory.GetAsync(staffId, context.RequestAborted);
        var key = body.IssueApiKey == true || existing?.ApiKeyHash is null ? ApiKeys.NewKey() : null;
        var member = new StaffMember(staffId, name!, phone, roles, unit!, manager, body.OnDuty ?? true);
        try
        {
            await directory.UpsertAsync(new StaffRecord(member, key is null ? existing!.ApiKeyHash : ApiKeys.Hash(key)), context.RequestAborted);
        }
        catch (PhoneTakenException taken)
        {
            return Problems.Conflict("phone", $"This number already belongs to staff member {taken.Holder?.Value}; a phone belongs to one staff member, since replies by SMS are attributed by number.");
        }

        return Results.Ok(View(member) with { ApiKey = key });
    }

    public static StaffView View(StaffMember m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new StaffView(m.Id.Value, m.Name, m.Phone.E164, [.. m.Roles.Order().Select(r => CaseViews.Kebab(r))], m.Unit, m.ManagerId?.Value, m.OnDuty);
    }
}
