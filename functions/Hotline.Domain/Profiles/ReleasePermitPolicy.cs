namespace Hotline.Domain.Profiles;

/// <summary>The release-permit procedure's numbers (放行通知单, R-SV-1; 001 篇4). Absent from a profile: it issues no permits.</summary>
/// <param name="HandBackEveryDays">Security hands its copies back to the service centre every this many days for filing
/// (001 篇4 §4.4.1 护卫部每十天将放行通知单交至服务中心); a copy out this long is overdue. 0: no permits.</param>
/// <param name="SecurityUnit">The unit whose guards check permits at the gate and keep the second copy (安全护卫部).</param>
public sealed record ReleasePermitPolicy(int HandBackEveryDays = 0, string? SecurityUnit = null)
{
    public bool Offered => HandBackEveryDays > 0 && SecurityUnit is not null;
}

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
internal sealed record ReleasePermitDocument(int? HandBackEveryDays, string? SecurityUnit);
#pragma warning restore CA1812

public static partial class ProfileLoader
{
    private sealed partial class Reader
    {
        private ReleasePermitPolicy ReleasePermits(ReleasePermitDocument? doc)
        {
            if (doc is null)
            {
                return new ReleasePermitPolicy();
            }

            if (doc.HandBackEveryDays is not >= 1)
            {
                errors.Add("releasePermits.handBackEveryDays: at least 1 day (001 篇4 §4.4.1: every 10 days)");
            }

            if (string.IsNullOrWhiteSpace(doc.SecurityUnit))
            {
                errors.Add("releasePermits.securityUnit: required, the unit that keeps security's copy (安全护卫部)");
            }

            return new ReleasePermitPolicy(doc.HandBackEveryDays ?? 0, doc.SecurityUnit?.Trim());
        }
    }
}
