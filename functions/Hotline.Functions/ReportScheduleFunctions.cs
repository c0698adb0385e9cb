using Hotline.Service.Reports.QualityChecks;
using Hotline.Service.Reports.Schedule;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>The reports stored on schedule and the weekly quality checks (R-RP-1), routes as in the local host.</summary>
public static class ReportScheduleFunctions
{
    [Function(nameof(ListReportSnapshots))]
    public static Task<IActionResult> ListReportSnapshots([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/snapshots")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportSnapshotHandlers.ListAsync);

    [Function(nameof(GetReportSnapshot))]
    public static Task<IActionResult> GetReportSnapshot([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/snapshots/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => ReportSnapshotHandlers.GetAsync(c, id));

    [Function(nameof(RecordQualityCheck))]
    public static Task<IActionResult> RecordQualityCheck([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/quality-checks")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, QualityCheckHandlers.RecordAsync);

    [Function(nameof(ListQualityChecks))]
    public static Task<IActionResult> ListQualityChecks([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/quality-checks")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, QualityCheckHandlers.ListAsync);
}
