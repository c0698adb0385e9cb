using Hotline.Domain.Callers;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;

namespace Hotline.Local;

/// <summary>
/// How a directory without the demo gets its first admin. Asked for explicitly (<c>--Hotline:BootstrapAdmin:Phone=…</c>)
/// and only while no admin exists, so it cannot be used to take over a running directory; the key is random, stored
/// hashed, shown once in the start-up log of the operator who asked for it, and rotatable at once via PUT /api/staff/{id}
/// with issueApiKey. Every later admin and key is made through the API by that admin.
/// </summary>
public static partial class BootstrapAdmin
{
    /// <returns>The new admin's API key, or null when nothing was created.</returns>
    public static async Task<string?> EnsureAsync(IStaffDirectory directory, HotlineOptions.BootstrapAdminOptions options, ILogger log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var admins = (await directory.ListAsync(cancellationToken)).Where(s => s.Member.Has(Role.Admin) && s.ApiKeyHash is not null).ToList();
        if (admins.Count > 0)
        {
            if (options.Phone is not null)
            {
                LogIgnored(log);
            }

            return null;
        }

        if (options.Phone is null)
        {
            LogHowTo(log);
            return null;
        }

        if (!StaffId.TryParse(options.Id, out var id))
        {
            LogInvalid(log, options.Id, "the id: letters, digits, '.', '_' or '-'");
            return null;
        }

        if (!PhoneNumber.TryParse(options.Phone, out var phone, out var phoneError))
        {
            LogInvalid(log, options.Id, phoneError);
            return null;
        }

        var key = ApiKeys.NewKey();
        var member = new StaffMember(id, options.Name, phone, new HashSet<Role> { Role.Admin }, "it", null, OnDuty: true);
        await directory.UpsertAsync(new StaffRecord(member, ApiKeys.Hash(key)), cancellationToken);
        LogCreated(log, id.Value, key);
        return key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The directory has no admin and no staff member can sign in. Create the first admin by starting once with --Hotline:BootstrapAdmin:Phone=<their mobile> (optionally --Hotline:BootstrapAdmin:Id=<id> --Hotline:BootstrapAdmin:Name=<name>); the key is printed once. For a demo directory with well-known keys start with --Hotline:Demo=true (./run.sh does).")]
    private static partial void LogHowTo(ILogger log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hotline:BootstrapAdmin ignored: the directory already has an admin (rotate keys with PUT /api/staff/{{id}} and issueApiKey).")]
    private static partial void LogIgnored(ILogger log);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hotline:BootstrapAdmin not applied for '{Id}': {Reason}.")]
    private static partial void LogInvalid(ILogger log, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First admin '{Id}' created. Its API key, shown only now: X-Api-Key: {Key}  — keep it, or issue a new one with PUT /api/staff/{Id} and issueApiKey.")]
    private static partial void LogCreated(ILogger log, string id, string key);
}
