using Hotline.Service.Permits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>Release permits (R-SV-1), routes as in the local host (/api/permits…), mapped to the shared handlers.</summary>
public static class PermitFunctions
{
    [Function(nameof(IssuePermit))]
    public static Task<IActionResult> IssuePermit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "permits")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, PermitHandlers.IssueAsync);

    [Function(nameof(ListPermits))]
    public static Task<IActionResult> ListPermits([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "permits")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, PermitHandlers.ListAsync);

    [Function(nameof(PermitGate))]
    public static Task<IActionResult> PermitGate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "permits/gate")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, PermitGateHandlers.DecideAsync);

    [Function(nameof(GetPermit))]
    public static Task<IActionResult> GetPermit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "permits/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => PermitHandlers.GetAsync(c, id));

    [Function(nameof(HandBackPermit))]
    public static Task<IActionResult> HandBackPermit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "permits/{id}/hand-back")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => PermitHandlers.HandBackAsync(c, id));
}
