using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Microsoft.AspNetCore.Http;

namespace Hotline.Service.Api;

/// <summary>
/// Every call carries a per-staff API key (<c>X-Api-Key</c>); the key identifies the staff member and their roles.
/// Keys are stored hashed in the directory.
/// </summary>
public static class ApiAuth
{
    public const string Header = "X-Api-Key";

    public static async Task<(StaffRecord? Staff, IResult? Error)> AuthenticateAsync(HttpContext context, IStaffDirectory directory, params Role[] anyOf)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directory);
        var key = context.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key))
        {
            return (null, Problems.Unauthorized());
        }

        var failures = context.RequestServices?.GetService(typeof(FailedKeyAttempts)) as FailedKeyAttempts;
        if (failures?.IsBlocked(context) == true)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(failures.Window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (null, Problems.TooManyFailedKeys());
        }

        var staff = await directory.FindByApiKeyHashAsync(ApiKeys.Hash(key.Trim()), context.RequestAborted);
        if (staff is null)
        {
            failures?.Record(context, key.Trim());
            return (null, Problems.Unauthorized());
        }

        if (anyOf.Length > 0 && !anyOf.Any(staff.Member.Has))
        {
            return (null, Problems.Forbidden($"This needs one of the roles: {string.Join(", ", anyOf)}."));
        }

        return (staff, null);
    }
}
