using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Service.Storage;

namespace Hotline.Service.Reports;

/// <summary>
/// The period reports as the upstream office reads them (issue 11 item 5): restricted to its supervision items (督办件,
/// cases with an <see cref="CaseState.Upstream"/> item), built by the same pure builders as the hotline's own reports.
/// The monthly one is the statistics alone: the per-dispatcher summary (R-RP-1) is the office's internal record.
/// </summary>
/// <remarks>
/// Reads the store page by page like the reports did before projection rows; supervision items are few, but the scan is
/// over every case of the period — the projection rows (issue 11 item 6) may key them by upstream item later.
/// </remarks>
public sealed class SupervisionReports(ICaseStore store, TimeProvider time)
{
    private const int PageSize = 200;

    public async Task<DailyProgressReport> DailyAsync(Profile profile, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var day = ReportPeriod.Day(profile.Calendar, date);
        var cases = await LoadAsync(profile, null, day.EndUtc, withLedger: true, cancellationToken);
        return DailyProgressReport.Build(profile, date, time.GetUtcNow(), cases);
    }

    public async Task<WeeklyReport> WeeklyAsync(Profile profile, DateOnly anyDayOfWeek, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var week = ReportPeriod.Week(profile.Calendar, anyDayOfWeek);
        var cases = await LoadAsync(profile, null, week.EndUtc, withLedger: false, cancellationToken);
        return WeeklyReport.Build(profile, anyDayOfWeek, time.GetUtcNow(), cases);
    }

    public async Task<SupervisionMonthlyReport> MonthlyAsync(Profile profile, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var cases = await LoadAsync(profile, period.StartUtc, period.EndUtc, withLedger: true, cancellationToken);
        return new SupervisionMonthlyReport(SupervisionMonthlyReport.SupervisionItems, cases.Count, MonthlyStatistics.Build(profile, year, month, time.GetUtcNow(), cases));
    }

    private async Task<List<ReportCase>> LoadAsync(Profile profile, DateTimeOffset? fromUtc, DateTimeOffset toUtc, bool withLedger, CancellationToken cancellationToken)
    {
        var cases = new List<ReportCase>();
        string? token = null;
        do
        {
            var page = await store.ListAsync(new CaseQuery(FromUtc: fromUtc, ToUtc: toUtc, PageSize: PageSize, ContinuationToken: token), cancellationToken);
            foreach (var state in page.Items.Where(s => s.ProfileId == profile.Id && s.Upstream is not null))
            {
                cases.Add(new ReportCase(state, withLedger ? await store.GetLedgerAsync(state.Id, cancellationToken) : null));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return cases;
    }
}

/// <param name="Scope">Always "supervision-items": says plainly what the figures cover.</param>
/// <param name="Items">The month's supervision items counted.</param>
public sealed record SupervisionMonthlyReport(string Scope, int Items, MonthlyStatistics Statistics)
{
    public const string SupervisionItems = "supervision-items";
}
