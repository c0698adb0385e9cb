using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Api;

/// <summary>The first step of every handler: who is calling, and may they; a refusal is the answer (401 or 403 problem).</summary>
public static class ApiCaller
{
    /// <summary>
    /// Authenticates the caller (<see cref="ApiAuth"/>) and runs <paramref name="handle"/> with them and the request's
    /// services; <paramref name="anyOf"/> empty lets any staff member in.
    /// </summary>
    public static async Task<IResult> RunAsync(HttpContext context, Role[] anyOf, Func<StaffRecord, IServiceProvider, Task<IResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handle);
        var services = context.RequestServices;
        var (caller, authError) = await ApiAuth.AuthenticateAsync(context, services.GetRequiredService<IStaffDirectory>(), anyOf);
        return authError ?? await handle(caller!, services);
    }
}
