namespace Hotline.Domain.Permits;

/// <summary>
/// Security keeps its copy of each permit and hands the copies back to the service centre every <c>everyDays</c> days for filing
/// (001 篇4 §4.4.1: 护卫部每十天将放行通知单交至服务中心). The reminder lists the copies overdue; a hand-back files them.
/// </summary>
public static class PermitFiling
{
    /// <summary>Security copies still out <paramref name="everyDays"/> days or more after issue: due back for filing.</summary>
    public static IReadOnlyList<ReleasePermit> Overdue(IEnumerable<ReleasePermit> permits, DateTimeOffset now, int everyDays)
    {
        ArgumentNullException.ThrowIfNull(permits);
        ArgumentOutOfRangeException.ThrowIfLessThan(everyDays, 1);
        return [.. permits.Where(p => p.SecurityCopyFiledUtc is null && now - p.IssuedUtc >= TimeSpan.FromDays(everyDays)).OrderBy(p => p.IssuedUtc)];
    }

    /// <summary>Security handed these copies back: each is filed now (a copy filed already keeps its first date).</summary>
    public static ReleasePermit HandBack(ReleasePermit permit, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return permit.SecurityCopyFiledUtc is null ? permit with { SecurityCopyFiledUtc = at } : permit;
    }
}
