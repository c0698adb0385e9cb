using Hotline.Domain.Profiles;
using Hotline.Domain.Reports;
using Hotline.Domain.Reports.Forms;
using Hotline.Service.Storage;

namespace Hotline.Service.Reports.Forms;

/// <summary>
/// Gathers what a period form prints and hands it to the pure builders. The monthly forms print the monthly reports
/// <see cref="ReportService"/> makes (the summary with its signature, the quality records) and the first-question audit
/// its own builder's; the logs read the period's cases from the store.
/// </summary>
public sealed class FormService(ICaseStore store, TimeProvider time, ReportService reports)
{
    private const int PageSize = 200;

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
                return FirstQuestionForms.Audit(profile, await FirstQuestionAuditHandlers.BuildAsync(store, time, profile, from, to, cancellationToken));
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

    /// <summary>The profile's cases received in the period (the logs need the snapshots only).</summary>
    private async Task<List<ReportCase>> ReceivedInAsync(Profile profile, ReportPeriod period, Func<Domain.Cases.CaseState, bool>? rowsFor, CancellationToken cancellationToken)
    {
        var cases = new List<ReportCase>();
        string? token = null;
        do
        {
            var page = await store.ListAsync(new CaseQuery(FromUtc: period.StartUtc, ToUtc: period.EndUtc, PageSize: PageSize, ContinuationToken: token), cancellationToken);
            cases.AddRange(page.Items.Where(s => s.ProfileId == profile.Id && (rowsFor is null || rowsFor(s))).Select(s => new ReportCase(s)));
            token = page.ContinuationToken;
        }
        while (token is not null);

        return cases;
    }
}
