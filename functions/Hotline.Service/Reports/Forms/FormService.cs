using System.Collections.Concurrent;
using Hotline.Domain.Cases;
using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;
using Hotline.Domain.Staff;
using Hotline.Service.Directory;
using Hotline.Service.Storage;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// Gathers what a period form prints and hands it to the pure builders. The monthly forms print the monthly reports
/// <see cref="ReportService"/> makes (the summary with its signature, the quality records) and the first-question audit
/// its own builder's; the logs read the period's cases from the report projection. The work log reads the ledgers of the
/// cases active in the period (<paramref name="store"/>), the reception record the directory's departments.
/// </summary>
public sealed class FormService(TimeProvider time, ReportService reports, ICaseStore? store = null, IStaffDirectory? directory = null)
{
    /// <summary>Ledgers read side by side for the work log: enough to hide latency, few enough to spare a shared store.</summary>
    private const int LedgerReads = 8;

    /// <param name="rowsFor">Narrows the log's cases to those the reader may see (an agent's own calls); null for all.</param>
    /// <param name="linesFor">Narrows the work log's lines to those the reader may see (an agent's own); null for all.</param>
    public async Task<PrintForm> PeriodAsync(
        string code, Profile profile, DateOnly from, DateOnly to, Func<CaseState, bool>? rowsFor, Func<MonthlySummary, MonthlySummary>? summaryFor, CancellationToken cancellationToken,
        Func<LedgerEntry, bool>? linesFor = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        switch (code)
        {
            case FormCodes.WorkLog:
                return await WorkLogAsync(profile, from, to, linesFor, cancellationToken);
            case FormCodes.ReceptionRecord:
                return await ReceptionRecordAsync(profile, from, to, rowsFor, cancellationToken);
            case FormCodes.MonthlySummary:
                var monthly = await reports.MonthlyAsync(profile, from.Year, from.Month, cancellationToken);
                return MonthlyForms.MonthlySummary(profile, summaryFor is null ? monthly.Summary : summaryFor(monthly.Summary));
            case FormCodes.AccountabilityList:
                return MonthlyForms.AccountabilityList(profile, (await reports.MonthlyAsync(profile, from.Year, from.Month, cancellationToken)).Summary);
            case FormCodes.AssessmentRecord:
                return MonthlyForms.AssessmentRecord(profile, await reports.QualityAsync(profile, from.Year, from.Month, cancellationToken));
            case FormCodes.FirstQuestionAudit:
                return FirstQuestionForms.Audit(profile, await FirstQuestionAuditHandlers.BuildAsync(reports.Projections, time, profile, from, to, cancellationToken));
        }

        var period = FirstQuestionAuditBuilder.Period(profile, from, to);
        var cases = await ReceivedInAsync(profile, period, rowsFor, cancellationToken);
        var now = time.GetUtcNow();
        return code switch
        {
            FormCodes.HotlineLog => LogForms.HotlineLog(profile, period, now, cases),
            FormCodes.CallLedger => LogForms.CallLedger(profile, period, now, cases),
            FormCodes.SupervisionLedger => LogForms.SupervisionLedger(profile, period, now, cases),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a period form."),
        };
    }

    private async Task<PrintForm> WorkLogAsync(Profile profile, DateOnly from, DateOnly to, Func<LedgerEntry, bool>? linesFor, CancellationToken cancellationToken)
    {
        var ledgers = store ?? throw new InvalidOperationException("The work log reads ledgers: construct FormService with the case store.");
        var period = FirstQuestionAuditBuilder.Period(profile, from, to);
        var cases = await TouchedInAsync(profile, period, null, cancellationToken);
        var read = new ConcurrentBag<ReportCase>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = LedgerReads, CancellationToken = cancellationToken }, async (c, ct) =>
            read.Add(c with { Ledger = await ledgers.GetLedgerAsync(c.State.Id, ct) }));
        return WorkLogForms.WorkLog(profile, period, time.GetUtcNow(), read, linesFor);
    }

    private async Task<PrintForm> ReceptionRecordAsync(Profile profile, DateOnly from, DateOnly to, Func<CaseState, bool>? rowsFor, CancellationToken cancellationToken)
    {
        var period = FirstQuestionAuditBuilder.Period(profile, from, to);
        var cases = await TouchedInAsync(profile, period, rowsFor, cancellationToken);
        var units = directory is null
            ? new Dictionary<StaffId, string>()
            : (await directory.ListAsync(cancellationToken)).ToDictionary(r => r.Member.Id, r => r.Member.Unit);
        return ReceptionRecordForms.ReceptionRecord(profile, period, time.GetUtcNow(), cases, id => units.GetValueOrDefault(id));
    }

    /// <summary>
    /// The cases that can have lines in the period: those received in it (call records too) and the opened ones still
    /// open in it (<see cref="Storage.Reports.IReportProjections.ActiveAsync"/>). A case closed before the period is left
    /// out, so a revisit recorded on it after closure is not in the period's work log.
    /// </summary>
    private async Task<List<ReportCase>> TouchedInAsync(Profile profile, ReportPeriod period, Func<CaseState, bool>? rowsFor, CancellationToken cancellationToken)
    {
        var received = await reports.Projections.ReceivedAsync(profile.Id, period.StartUtc, period.EndUtc, cancellationToken);
        var active = await reports.Projections.ActiveAsync(profile.Id, period.StartUtc, period.EndUtc, cancellationToken);
        return [.. received.Concat(active).DistinctBy(c => c.State.Id).Where(c => rowsFor is null || rowsFor(c.State)).Select(c => new ReportCase(c.State))];
    }

    /// <summary>The profile's cases received in the period, from the report projection (the logs need the snapshots only).</summary>
    private async Task<List<ReportCase>> ReceivedInAsync(Profile profile, ReportPeriod period, Func<CaseState, bool>? rowsFor, CancellationToken cancellationToken)
    {
        var received = await reports.Projections.ReceivedAsync(profile.Id, period.StartUtc, period.EndUtc, cancellationToken);
        return [.. received.Where(c => rowsFor is null || rowsFor(c.State)).Select(c => new ReportCase(c.State))];
    }
}
