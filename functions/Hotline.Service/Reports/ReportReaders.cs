using Hotline.Domain.Profiles;
using Hotline.Domain.Staff;

namespace Hotline.Service.Reports;

/// <summary>
/// Who may read which report (issue 11 item 5, R-PV-1): the management (manager, deputy GM, GM), the quality office and
/// admins read everything; agents read the period reports with only their own line of the monthly summary; the upstream
/// office reads only the reports restricted to its supervision items (<see cref="SupervisionReports"/>) and nothing else:
/// those of the profiles it is the upstream office of (<see cref="IsUpstreamOfficeOf"/>).
/// No report carries caller data, whoever reads it.
/// </summary>
public static class ReportReaders
{
    /// <summary>Everything, every line.</summary>
    public static readonly Role[] Management = [Role.Manager, Role.DeputyGeneralManager, Role.GeneralManager, Role.QualityOffice, Role.Admin];

    /// <summary>The daily, weekly and monthly reports: the management, agents (their own line) and the upstream office (its items).</summary>
    public static readonly Role[] PeriodReports = [.. Management, Role.Agent, Role.Upstream];

    /// <summary>The stored snapshots of the period reports: the management and agents (their own line of the month's summary).</summary>
    public static readonly Role[] Snapshots = [.. Management, Role.Agent];

    public static bool SeesAll(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Management.Any(member.Has);
    }

    /// <summary>The upstream office's contact, holding no hotline role that reads more: its supervision items only.</summary>
    public static bool SupervisionItemsOnly(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Has(Role.Upstream) && !SeesAll(member) && !member.Has(Role.Agent);
    }

    /// <summary>
    /// Whether <paramref name="member"/>'s office is <paramref name="profile"/>'s upstream office (R-PV-1): the profile names
    /// its unit (<see cref="SupervisionPolicy.UpstreamUnit"/>), so every supervision item of the profile is that office's
    /// and no other office's. A profile naming none keeps the behaviour from before offices were told apart: any upstream
    /// contact reads its items' figures and the reports sent upstream.
    /// </summary>
    /// <remarks>
    /// By office, not by the case's named upstream person (<see cref="Domain.Cases.CaseTeam.Upstream"/>, which decides who
    /// opens a case): the figures and the roll-up are the office's, and a contact who replaces a colleague reads the months
    /// before him; they carry no caller data. The report rows (<see cref="Storage.Reports.LeanReportCase"/>) also keep only
    /// whether a case is a supervision item, not who its upstream is.
    /// </remarks>
    public static bool IsUpstreamOfficeOf(StaffMember member, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Supervision.UpstreamUnit is not { } unit || string.Equals(unit, member.Unit, StringComparison.Ordinal);
    }
}
