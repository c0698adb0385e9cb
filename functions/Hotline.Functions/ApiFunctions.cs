using Hotline.Service.Api;
using Hotline.Service.Orchestration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Hotline.Functions;

/// <summary>
/// The HTTP API, routes as in the local host (/api/…), mapped to the shared handlers. Anonymous at the Functions
/// level because every handler authenticates the staff member's X-Api-Key itself. Reports: <see cref="ReportFunctions"/>.
/// </summary>
public static class ApiFunctions
{
    [Function(nameof(Intake))]
    public static Task<IActionResult> Intake(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestratedCaseHandlers.IntakeAsync(c, new DurableCaseOrchestrations(client)));

    [Function(nameof(GetCase))]
    public static Task<IActionResult> GetCase([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => CaseHandlers.GetAsync(c, id));

    [Function(nameof(ListCases))]
    public static Task<IActionResult> ListCases([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, CaseHandlers.ListAsync);

    [Function(nameof(Signal))]
    public static Task<IActionResult> Signal(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/{id}/signals")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestratedCaseHandlers.SignalAsync(c, id, new DurableCaseOrchestrations(client)));

    [Function(nameof(ListProfiles))]
    public static Task<IActionResult> ListProfiles([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, ProfileHandlers.ListAsync);

    [Function(nameof(ListStaff))]
    public static Task<IActionResult> ListStaff([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, StaffHandlers.ListAsync);

    [Function(nameof(GetStaff))]
    public static Task<IActionResult> GetStaff([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => StaffHandlers.GetAsync(c, id));

    [Function(nameof(PutStaff))]
    public static Task<IActionResult> PutStaff([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "staff/{id}")] HttpRequest request, string id) =>
        HttpResultAdapter.RunAsync(request, c => StaffHandlers.PutAsync(c, id));

    [Function(nameof(Outbox))]
    public static Task<IActionResult> Outbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "sms/outbox")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, OpsHandlers.OutboxAsync);
}
