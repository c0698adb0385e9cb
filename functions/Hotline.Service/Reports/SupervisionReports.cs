using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;

namespace Hotline.Service.Reports;

/// <summary>
/// The period reports as the upstream office reads them (issue 11 item 5): restricted to its supervision items (督办件,
/// cases with an <see cref="CaseState.Upstream"/> item of a profile whose upstream office it is,
/// <see cref="ReportReaders.IsUpstreamOfficeOf"/>; another office reads no items of the profile), built by the same pure
/// builders as the hotline's own reports.
/// The monthly one is the statistics alone: the per-dispatcher summary (R-RP-1) is the office's internal record.
/// </summary>
/// <remarks>
/// Reads the report projection through <see cref="ReportService"/> (the same rows as the hotline's own reports, narrowed
/// to the supervision items), not a scan of every case of the period.
/// </remarks>
public sealed class SupervisionReports(ReportService reports, StaffMember reader)
{
    /// <summary>The reader's items of <paramref name="profile"/>: its supervision items, or none when another office is its upstream.</summary>
    public Func<CaseState, bool> ItemsOf(Profile profile) =>
        ReportReaders.IsUpstreamOfficeOf(reader, profile) ? static s => s.Upstream is not null : static _ => false;

    public Task<DailyProgressReport> DailyAsync(Profile profile, DateOnly date, CancellationToken cancellationToken) =>
        reports.DailyAsync(profile, date, ItemsOf(profile), cancellationToken);

    public Task<WeeklyReport> WeeklyAsync(Profile profile, DateOnly anyDayOfWeek, CancellationToken cancellationToken) =>
        reports.WeeklyAsync(profile, anyDayOfWeek, ItemsOf(profile), cancellationToken);

    public async Task<SupervisionMonthlyReport> MonthlyAsync(Profile profile, int year, int month, CancellationToken cancellationToken)
    {
        var (items, statistics) = await reports.MonthlyStatisticsAsync(profile, year, month, ItemsOf(profile), cancellationToken);
        return new SupervisionMonthlyReport(SupervisionMonthlyReport.SupervisionItems, items, statistics);
    }
}

/// <param name="Scope">Always "supervision-items": says plainly what the figures cover.</param>
/// <param name="Items">The month's supervision items counted.</param>
public sealed record SupervisionMonthlyReport(string Scope, int Items, MonthlyStatistics Statistics)
{
    public const string SupervisionItems = "supervision-items";
}
