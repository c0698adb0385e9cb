using Hotline.Domain.Staff;

namespace Hotline.Service.Reports;

/// <summary>
/// Who may read which report (issue 11 item 5, R-PV-1): the management (manager, deputy GM, GM), the quality office and
/// admins read everything; agents read the period reports with only their own line of the monthly summary; the upstream
/// office reads only the reports restricted to its supervision items (<see cref="SupervisionReports"/>) and nothing else.
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
}
