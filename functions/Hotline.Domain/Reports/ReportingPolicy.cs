using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>What a profile's periodic reporting adds to the shared statistics (profile JSON "reporting").</summary>
/// <param name="RollUpDay">Heating (R-RP-4, 003 §七): the month's roll-up is done by this day of the month.</param>
/// <param name="UpstreamReportDay">Heating (R-RP-4): the report reaches the upstream office by this day of the month.</param>
/// <param name="LinkedUnitCategory">12319 (R-RP-5): complaints about second-level linked units, reported apart.</param>
public sealed record ReportingPolicy(int? RollUpDay = null, int? UpstreamReportDay = null, string? LinkedUnitCategory = null)
{
    public static ReportingPolicy None { get; } = new();

    public static ReportingPolicy For(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Reporting;
    }
}
