using Hotline.Domain.Profiles;

namespace Hotline.Domain.Reports;

/// <summary>What a profile's periodic reporting adds to the shared statistics (profile JSON "reporting").</summary>
/// <param name="RollUpDay">Heating (R-RP-4, 003 §七): the month's roll-up is done by this day of the month.</param>
/// <param name="UpstreamReportDay">Heating (R-RP-4): the report reaches the upstream office by this day of the month.</param>
/// <param name="LinkedUnitCategory">12319 (R-RP-5): complaints about second-level linked units, reported apart.</param>
/// <param name="LinkedUnits">12319 (R-DS-8): the second-level linked units a complaint in <paramref name="LinkedUnitCategory"/> must name.</param>
public sealed record ReportingPolicy(int? RollUpDay = null, int? UpstreamReportDay = null, string? LinkedUnitCategory = null, IReadOnlyList<string>? LinkedUnits = null)
{
    public static ReportingPolicy None { get; } = new();

    /// <summary>R-RP-9: the review and approval chain of the profile's reports; null where the profile configures none.</summary>
    public Submissions.ReportApprovalPolicy? Approval { get; init; }

    /// <summary>R-RP-1 (001 §3.1.9 管理处负责人应每周检查一次投诉的质量记录): a week that passed without the check is reminded.</summary>
    public bool WeeklyQualityCheck { get; init; }

    public static ReportingPolicy For(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Reporting;
    }

    /// <summary>Whether a complaint in <paramref name="category"/> must name the linked unit it is about (R-DS-8).</summary>
    public bool NamesLinkedUnit(string category) => LinkedUnitCategory is not null && string.Equals(category, LinkedUnitCategory, StringComparison.Ordinal);

    /// <summary>
    /// R-DS-8: why <paramref name="linkedUnit"/> (trimmed; null or blank = not named) does not fit an intake in
    /// <paramref name="category"/>, or null when it does. The API (field errors) and the case machine ask the same question.
    /// </summary>
    public string? LinkedUnitProblem(string category, string? linkedUnit)
    {
        var named = !string.IsNullOrWhiteSpace(linkedUnit);
        if (!NamesLinkedUnit(category))
        {
            return named ? $"Only a '{LinkedUnitCategory ?? "linked-unit"}' complaint names a linked unit (R-DS-8)." : null;
        }

        var units = LinkedUnits ?? [];
        return named && units.Contains(linkedUnit!.Trim(), StringComparer.Ordinal)
            ? null
            : $"Required for a complaint about a second-level linked unit (R-DS-8): one of {string.Join("、", units)}.";
    }
}
