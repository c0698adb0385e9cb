using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// Gathers what a period form prints and hands it to the pure builders. The monthly forms print the monthly reports
/// <see cref="ReportService"/> makes (the summary with its signature, the quality records) and the first-question audit
/// its own builder's; the logs read the period's cases from the report projection.
/// </summary>
public sealed class FormService(TimeProvider time, ReportService reports)
{
    /// <param name="rowsFor">Narrows the log's cases to those the reader may see (an agent's own calls); null for all.</param>
    public async Task<PrintForm> PeriodAsync(
        string code, Profile profile, DateOnly from, DateOnly to, Func<Domain.Cases.CaseState, bool>? rowsFor, Func<MonthlySummary, MonthlySummary>? summaryFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        switch (code)
        {
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

    /// <summary>The profile's cases received in the period, from the report projection (the logs need the snapshots only).</summary>
    private async Task<List<ReportCase>> ReceivedInAsync(Profile profile, ReportPeriod period, Func<Domain.Cases.CaseState, bool>? rowsFor, CancellationToken cancellationToken)
    {
        var received = await reports.Projections.ReceivedAsync(profile.Id, period.StartUtc, period.EndUtc, cancellationToken);
        return [.. received.Where(c => rowsFor is null || rowsFor(c.State)).Select(c => new ReportCase(c.State))];
    }
}
