using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;

namespace Hotline.Service.Reports;

/// <summary>
/// Loads the cases a report needs and hands them to the pure builders in <c>Hotline.Domain.Reports</c>. Time comes
/// from the <see cref="TimeProvider"/>: a report for a running period is as of now.
/// </summary>
/// <remarks>
/// Cases come from the report projection (<see cref="IReportProjections"/>: rows keyed by profile and month, written
/// with each case commit), not from a scan of every case: a monthly report reads the lean column of the month's receipt
/// rows (<see cref="IReportProjections.ReceivedForMonthlyAsync"/>, the few fields its builders read); the daily
/// and weekly reports read the open cases and those closed since the period began, however old. Each case's ledger is
/// the projection's digest (opened line, accountability lines, last line); the one thing the digest cannot answer, the
/// last line as of a past instant for a case that moved since, is read from that case's ledger. The quality records
/// reach back to every month before the period's end (an assessment or a report is often made months after receipt).
/// A store without a projection is read by the old scan (<see cref="ScannedReportProjections"/>).
/// </remarks>
public sealed class ReportService(ICaseStore store, TimeProvider time, IReportSignatures? signatures = null, IReportProjections? projections = null)
{
    private readonly IReportProjections _projections = projections ?? store as IReportProjections ?? new ScannedReportProjections(store);

    /// <summary>The reads behind the reports, for the forms that print a period's cases (<see cref="Forms.FormService"/>).</summary>
    public IReportProjections Projections => _projections;

    public Task<DailyProgressReport> DailyAsync(Profile profile, DateOnly date, CancellationToken cancellationToken) =>
        DailyAsync(profile, date, null, cancellationToken);

    /// <param name="only">Narrows the report to some cases (the upstream office's supervision items); null for all.</param>
    public async Task<DailyProgressReport> DailyAsync(Profile profile, DateOnly date, Func<CaseState, bool>? only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var day = ReportPeriod.Day(profile.Calendar, date);
        var asOf = day.AsOf(now);
        var active = await _projections.ActiveAsync(profile.Id, asOf, ReceivedBefore(day, asOf), cancellationToken);
        var cases = await WithLastLineAsync(active.Where(c => ReportRules.IsOpenAt(c.State, asOf) && (only is null || only(c.State))), asOf, cancellationToken);
        return DailyProgressReport.Build(profile, date, now, cases);
    }

    public Task<WeeklyReport> WeeklyAsync(Profile profile, DateOnly anyDayOfWeek, CancellationToken cancellationToken) =>
        WeeklyAsync(profile, anyDayOfWeek, null, cancellationToken);

    /// <param name="only">Narrows the report to some cases (the upstream office's supervision items); null for all.</param>
    public async Task<WeeklyReport> WeeklyAsync(Profile profile, DateOnly anyDayOfWeek, Func<CaseState, bool>? only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var week = ReportPeriod.Week(profile.Calendar, anyDayOfWeek);
        var asOf = week.AsOf(now);
        var to = ReceivedBefore(week, asOf);
        var received = await _projections.ReceivedAsync(profile.Id, week.StartUtc, to, cancellationToken);
        var active = await _projections.ActiveAsync(profile.Id, week.StartUtc, to, cancellationToken);

        // The weekly report prints no ledger line (its open-case lines carry none, as before the projection).
        var cases = received.Concat(active).GroupBy(c => c.State.Id)
            .Select(g => new ReportCase(g.MaxBy(c => c.State.Version)!.State))
            .Where(c => only is null || only(c.State))
            .ToList();
        return WeeklyReport.Build(profile, anyDayOfWeek, now, cases);
    }

    public async Task<MonthlyReport> MonthlyAsync(Profile profile, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var cases = await _projections.ReceivedForMonthlyAsync(profile.Id, period.StartUtc, period.EndUtc, cancellationToken);
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
    /// The month's statistics over some of its cases (the upstream office's supervision items), read from the lean rows:
    /// <paramref name="only"/> sees a lean snapshot (<see cref="LeanReportCase"/>), e.g. whether it has an upstream item.
    /// </summary>
    public async Task<(int Cases, MonthlyStatistics Statistics)> MonthlyStatisticsAsync(
        Profile profile, int year, int month, Func<CaseState, bool> only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(only);
        var period = ReportPeriod.Month(profile.Calendar, year, month);
        var cases = (await _projections.ReceivedForMonthlyAsync(profile.Id, period.StartUtc, period.EndUtc, cancellationToken)).Where(c => only(c.State)).ToList();
        return (cases.Count, MonthlyStatistics.Build(profile, year, month, time.GetUtcNow(), cases));
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
        var received = await _projections.ReceivedAsync(profile.Id, DateTimeOffset.MinValue, ReceivedBefore(period, asOf), cancellationToken);
        var cases = received
            .Where(c => c.State.Closure is not null || c.State.Assessment is not null || c.State.CorrectiveAction is not null)
            .Select(c => new ReportCase(c.State))
            .ToList();
        return QualityRecordsReport.Build(profile, year, month, now, cases);
    }

    /// <summary>
    /// The store's upper bound is exclusive; a case received at the as-of instant itself belongs in the report. One
    /// millisecond, not one tick, because Azurite compares query times at millisecond precision (a tick rounds away).
    /// </summary>
    private static DateTimeOffset ReceivedBefore(ReportPeriod period, DateTimeOffset asOf) =>
        asOf < period.EndUtc ? asOf.AddMilliseconds(1) : period.EndUtc;

    /// <summary>
    /// The digest's last line is the case's last; a case that moved after the as-of instant needs its line as of then,
    /// which only its whole ledger holds (a past day's report; today's never does).
    /// </summary>
    private async Task<List<ReportCase>> WithLastLineAsync(IEnumerable<ReportCase> cases, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var result = new List<ReportCase>();
        foreach (var c in cases)
        {
            var whole = c.Ledger is { } l && l.Count == c.State.LedgerCount;
            var movedSince = c.Ledger is { Count: > 0 } lines && lines.Max(e => e.AtUtc) > asOf;
            result.Add(movedSince && !whole ? c with { Ledger = await store.GetLedgerAsync(c.State.Id, cancellationToken) } : c);
        }

        return result;
    }
}

/// <summary>The month: the per-dispatcher summary (R-RP-1) and the statistics (R-RP-4, R-RP-5).</summary>
public sealed record MonthlyReport(MonthlySummary Summary, MonthlyStatistics Statistics);
