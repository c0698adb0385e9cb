using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Service.Storage;

namespace Hotline.Service.Reports;

/// <summary>
/// Loads the cases a report needs and hands them to the pure builders in <c>Hotline.Domain.Reports</c>. Time comes
/// from the <see cref="TimeProvider"/>: a report for a running period is as of now.
/// </summary>
/// <remarks>
/// The store filters on the receipt time only. A monthly report reads the month's cases; the daily and weekly
/// reports need every case still open, however old, so they page through all cases received before the period's end.
/// Ledgers are read only where the report prints or counts them (daily: the last line; monthly: accountability).
/// </remarks>
public sealed class ReportService(ICaseStore store, TimeProvider time, IReportSignatures? signatures = null)
{
    private const int PageSize = 200;

    public async Task<DailyProgressReport> DailyAsync(Profile profile, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var day = ReportPeriod.Day(profile.Calendar, date);
        var asOf = day.AsOf(now);
        var cases = await LoadAsync(profile, null, ReceivedBefore(day, asOf), s => ReportRules.IsOpenAt(s, asOf), withLedger: true, cancellationToken);
        return DailyProgressReport.Build(profile, date, now, cases);
    }

    public async Task<WeeklyReport> WeeklyAsync(Profile profile, DateOnly anyDayOfWeek, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var week = ReportPeriod.Week(profile.Calendar, anyDayOfWeek);
        var asOf = week.AsOf(now);
        var cases = await LoadAsync(
            profile, null, ReceivedBefore(week, asOf),
            s => week.Contains(s.ReceivedUtc) || ReportRules.IsOpenAt(s, asOf) || (s.Closure is { } c && week.Contains(c.AtUtc)),
            withLedger: false, cancellationToken);
        return WeeklyReport.Build(profile, anyDayOfWeek, now, cases);
    }

    public async Task<MonthlyReport> MonthlyAsync(Profile profile, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var cases = await LoadAsync(profile, period.StartUtc, period.EndUtc, _ => true, withLedger: true, cancellationToken);
        var summary = MonthlySummaryBuilder.Build(profile, year, month, now, cases);
        if (signatures is not null && await signatures.GetAsync(profile.Id, year, month, cancellationToken) is { } signed)
        {
            summary = summary with { ManagerComment = signed.Comment, SignedBy = signed.ManagerId, SignedUtc = signed.SignedUtc };
        }

        return new MonthlyReport(
            summary,
            MonthlyStatistics.Build(profile, year, month, now, cases));
    }

    /// <summary>
    /// The month's quality records (R-RP-11, R-RP-10). An assessment or a report is often made months after the case was
    /// received, so every case received before the month's end is read (no ledgers: the records are on the snapshot).
    /// </summary>
    public async Task<QualityRecordsReport> QualityAsync(Profile profile, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var asOf = period.AsOf(now);
        var cases = await LoadAsync(
            profile, null, ReceivedBefore(period, asOf), s => s.Closure is not null || s.Assessment is not null || s.CorrectiveAction is not null,
            withLedger: false, cancellationToken);
        return QualityRecordsReport.Build(profile, year, month, now, cases);
    }

    /// <summary>
    /// The store's upper bound is exclusive; a case received at the as-of instant itself belongs in the report. One
    /// millisecond, not one tick, because Azurite compares query times at millisecond precision (a tick rounds away).
    /// </summary>
    private static DateTimeOffset ReceivedBefore(ReportPeriod period, DateTimeOffset asOf) =>
        asOf < period.EndUtc ? asOf.AddMilliseconds(1) : period.EndUtc;

    private async Task<List<ReportCase>> LoadAsync(
        Profile profile, DateTimeOffset? fromUtc, DateTimeOffset toUtc, Func<CaseState, bool> wanted, bool withLedger, CancellationToken cancellationToken)
    {
        var cases = new List<ReportCase>();
        string? token = null;
        do
        {
            var page = await store.ListAsync(new CaseQuery(FromUtc: fromUtc, ToUtc: toUtc, PageSize: PageSize, ContinuationToken: token), cancellationToken);
            foreach (var state in page.Items.Where(s => s.ProfileId == profile.Id && wanted(s)))
            {
                var ledger = withLedger ? await store.GetLedgerAsync(state.Id, cancellationToken) : null;
                cases.Add(new ReportCase(state, ledger));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return cases;
    }
}

/// <summary>The month: the per-dispatcher summary (R-RP-1) and the statistics (R-RP-4, R-RP-5).</summary>
public sealed record MonthlyReport(MonthlySummary Summary, MonthlyStatistics Statistics);
