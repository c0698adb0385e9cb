using Hotline.Service.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>Satisfaction surveys (R-RV-7), routes as in the local host (/api/surveys…), mapped to the shared handlers.</summary>
public static class SurveyFunctions
{
    [Function(nameof(PlanSurvey))]
    public static Task<IActionResult> PlanSurvey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, SurveyHandlers.PlanAsync);

    [Function(nameof(ListSurveys))]
    public static Task<IActionResult> ListSurveys([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, SurveyHandlers.ListAsync);

    [Function(nameof(GetSurvey))]
    public static Task<IActionResult> GetSurvey([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "surveys/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => SurveyHandlers.GetAsync(c, id));

    [Function(nameof(RecordSurveyBallots))]
    public static Task<IActionResult> RecordSurveyBallots([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/ballots")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => SurveyHandlers.BallotsAsync(c, id));

    [Function(nameof(RecordSurveySample))]
    public static Task<IActionResult> RecordSurveySample([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/samples")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => SurveyHandlers.SampleAsync(c, id));

    [Function(nameof(ReportSurvey))]
    public static Task<IActionResult> ReportSurvey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "surveys/{id}/report")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => SurveyHandlers.ReportAsync(c, id));
}
