using System.Globalization;
using Hotline.Domain.Staff;

namespace Hotline.Domain.Reports.Submissions;

/// <summary>Where a report stands in its chain (R-RP-9). A returned report is prepared again before it is reviewed.</summary>
public enum SubmissionStatus
{
    Generated,
    Returned,
    Reviewed,
    Approved,
    /// <summary>Sent to the upstream office (物业办); only kinds the profile sends upstream get here.</summary>
    Submitted,
}

/// <summary>A review or approval: who, when, and what they wrote.</summary>
public sealed record SubmissionStep(StaffId By, DateTimeOffset AtUtc, string? Comment);

/// <summary>The upstream submission: who sent it, when, and the upstream office's reference (收文号, email id, …).</summary>
public sealed record UpstreamSubmission(StaffId By, DateTimeOffset AtUtc, string Reference);

/// <summary>A report sent back, from the step it was at, with the reason; kept when it is prepared again.</summary>
public sealed record SubmissionReturn(StaffId By, DateTimeOffset AtUtc, string Reason, SubmissionStatus From);

/// <summary>
/// One report of one period on its way out (R-RP-9). <see cref="Snapshot"/> is the report's figures as generated (JSON,
/// written by the service): what the section head reviewed and the manager approved is what goes upstream, however the
/// cases change afterwards. <see cref="Version"/> counts the changes, so that two people acting at once cannot both win.
/// </summary>
/// <param name="FirstDay">Weekly: the Monday; monthly: the 1st.</param>
/// <param name="AsOfUtc">The instant the figures were taken at.</param>
/// <param name="GoesUpstream">Whether the profile sends this kind upstream after approval.</param>
public sealed record ReportSubmission(
    string Id,
    string ProfileId,
    ReportKind Kind,
    DateOnly FirstDay,
    DateOnly LastDay,
    SubmissionStatus Status,
    StaffId GeneratedBy,
    DateTimeOffset GeneratedUtc,
    DateTimeOffset AsOfUtc,
    string Snapshot,
    bool GoesUpstream,
    SubmissionStep? Review,
    SubmissionStep? Approval,
    UpstreamSubmission? Upstream,
    IReadOnlyList<SubmissionReturn> Returns,
    int Version)
{
    /// <summary>The period's key: weekly "2026-11-16" (its Monday), monthly "2026-11".</summary>
    public static string PeriodKey(ReportKind kind, DateOnly firstDay) =>
        kind == ReportKind.Monthly
            ? firstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : firstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One submission per profile, kind and period: "heating-supervision.monthly.2026-11".</summary>
    public static string IdFor(string profileId, ReportKind kind, DateOnly firstDay) =>
        $"{profileId}.{(kind == ReportKind.Monthly ? "monthly" : "weekly")}.{PeriodKey(kind, firstDay)}";

    public string Period => PeriodKey(Kind, FirstDay);

    /// <summary>Nothing is left to do: approved where nothing goes upstream, else submitted.</summary>
    public bool IsDone => Status == SubmissionStatus.Submitted || (Status == SubmissionStatus.Approved && !GoesUpstream);
}
