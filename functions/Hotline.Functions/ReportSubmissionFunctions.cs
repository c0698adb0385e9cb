using Hotline.Service.Reports.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>R-RP-9 report submissions, routes as in the local host (/api/reports/submissions…), mapped to the shared handlers.</summary>
public static class ReportSubmissionFunctions
{
    [Function(nameof(GenerateReportSubmission))]
    public static Task<IActionResult> GenerateReportSubmission([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/submissions")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportSubmissionHandlers.GenerateAsync);

    [Function(nameof(ListReportSubmissions))]
    public static Task<IActionResult> ListReportSubmissions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/submissions")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ReportSubmissionHandlers.ListAsync);

    [Function(nameof(GetReportSubmission))]
    public static Task<IActionResult> GetReportSubmission([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/submissions/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => ReportSubmissionHandlers.GetAsync(c, id));

    [Function(nameof(ReportSubmissionStep))]
    public static Task<IActionResult> ReportSubmissionStep(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/submissions/{id}/{step}")] HttpRequest request, string id, string step) =>
        HttpResultAdapter.RunAsync(request, c => ReportSubmissionHandlers.StepAsync(c, id, step));
}
