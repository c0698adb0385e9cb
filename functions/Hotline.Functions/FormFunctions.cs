using Hotline.Service.Reports.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>The paper forms as print pages and exports (R-PV-2), routes as in the local host, mapped to the shared handlers.</summary>
public static class FormFunctions
{
    [Function(nameof(CaseForm))]
    public static Task<IActionResult> CaseForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{id}/forms/{form}")] HttpRequest request, string id, string form) =>
        HttpResultAdapter.RunAsync(request, c => FormHandlers.CaseFormAsync(c, id, form));

    [Function(nameof(PeriodForm))]
    public static Task<IActionResult> PeriodForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "forms/{form}")] HttpRequest request, string form) =>
        HttpResultAdapter.RunAsync(request, c => FormHandlers.PeriodFormAsync(c, form));
}
