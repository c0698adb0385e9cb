using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>
/// What a profile's periodic reporting adds to the shared statistics. Kept beside the report code rather than in the
/// profile JSON for now: only two seeds say anything about it.
/// </summary>
/// <param name="RollUpDay">Heating (R-RP-4, 003 §七): the month's roll-up is done by this day of the month.</param>
/// <param name="UpstreamReportDay">Heating (R-RP-4): the report reaches the upstream office by this day of the month.</param>
/// <param name="LinkedUnitCategory">12319 (R-RP-5): complaints about second-level linked units, reported apart.</param>
public sealed record ReportingPolicy(int? RollUpDay = null, int? UpstreamReportDay = null, string? LinkedUnitCategory = null)
{
    public static ReportingPolicy None { get; } = new();

    /// <summary>
    /// The heating seed's digits were lost in extraction ("每月日前汇总… 日前上报"); the reading in rules.md is the
    /// 20th and the 23rd (reading).
    /// </summary>
    public static ReportingPolicy Heating { get; } = new(RollUpDay: 20, UpstreamReportDay: 23);

    /// <summary>000 篇1 §四–六: quality, efficiency and attitude complaints about linked units, category "linked-unit".</summary>
    public static ReportingPolicy Municipal { get; } = new(LinkedUnitCategory: "linked-unit");

    public static ReportingPolicy For(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Id switch
        {
            ProfileCatalog.HeatingSupervision => Heating,
            ProfileCatalog.Municipal12319 => Municipal,
            _ => None,
        };
    }
}
