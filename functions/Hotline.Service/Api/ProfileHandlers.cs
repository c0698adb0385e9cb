using Hotline.Service.Directory;
using Hotline.Service.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

/// <param name="LinkedUnitCategory">12319: the category whose complaints name one of <paramref name="LinkedUnits"/> (R-DS-8).</param>
/// <param name="RevisitAfterClosure">12319: a resolved case is revisited after closure (R-RV-2), so the console offers it on closed cases.</param>
/// <param name="AssessUnitHead">GM hotline: the quality office assesses the unit head (R-RP-11).</param>
/// <param name="CorrectiveAction">The profile has a corrective and preventive action procedure (R-RP-10).</param>
public sealed record ProfileView(
    string Id, string Name, string Source, bool IsDefault, IReadOnlyList<CategoryView> Categories,
    string? LinkedUnitCategory = null, IReadOnlyList<string>? LinkedUnits = null,
    bool RevisitAfterClosure = false, bool AssessUnitHead = false, bool CorrectiveAction = false);

public sealed record CategoryView(string Code, string Name, bool Emergency, bool Paid, bool RequiresServiceSlip, bool NeedsInstruction, string? Handling);

/// <summary>GET /api/profiles: the profiles this deployment runs and their categories (what intake may use).</summary>
public static class ProfileHandlers
{
    public static async Task<IResult> ListAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var (_, error) = await ApiAuth.AuthenticateAsync(context, services.GetRequiredService<IStaffDirectory>());
        if (error is not null)
        {
            return error;
        }

        var registry = services.GetRequiredService<ProfileRegistry>();
        return Results.Ok(registry.All.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new ProfileView(
            p.Id, p.Name, p.Source, p.Id == registry.Default.Id,
            [.. p.Categories.Select(c => new CategoryView(c.Code, c.Name, c.Emergency, c.Paid, c.RequiresServiceSlip, c.NeedsInstruction, c.Handling?.ToString()))],
            p.Reporting.LinkedUnitCategory, p.Reporting.LinkedUnits,
            p.Revisit.AfterClosure, p.Closure.AssessUnitHead, !p.Closure.CorrectiveActionCategories.IsDefault)).ToList());
    }
}
