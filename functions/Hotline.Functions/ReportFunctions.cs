using Hotline.Service.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>The reports, routes as in the local host (/api/reports/…), mapped to the shared handlers.</summary>
public static class ReportFunctions
{
    [Function(nameof(DailyReport))]
    public static Task<IActionResult> DailyReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/daily")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportHandlers.DailyAsync);

    [Function(nameof(WeeklyReport))]
    public static Task<IActionResult> WeeklyReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/weekly")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportHandlers.WeeklyAsync);

    [Function(nameof(MonthlyReport))]
    public static Task<IActionResult> MonthlyReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/monthly")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportHandlers.MonthlyAsync);

    [Function(nameof(SignMonthlyReport))]
    public static Task<IActionResult> SignMonthlyReport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/monthly/sign")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportHandlers.SignMonthlyAsync);

    /// <summary>The first-question compliance audit (R-RP-8).</summary>
    [Function(nameof(FirstQuestionAudit))]
    public static Task<IActionResult> FirstQuestionAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/first-question")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, FirstQuestionAuditHandlers.AuditAsync);

    [Function(nameof(QualityRecordsReport))]
    public static Task<IActionResult> QualityRecordsReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/quality")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportHandlers.QualityAsync);
}
