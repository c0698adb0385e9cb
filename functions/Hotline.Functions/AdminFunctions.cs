using Hotline.Service.Orchestration;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Hotline.Functions;

/// <summary>
/// Case orchestration management for admins: a function key (Functions level) and an Admin API key (handler level).
/// Routes under /api/admin; Functions reserves /admin for the host itself.
/// </summary>
public static class AdminFunctions
{
    [Function(nameof(OrchestrationStatus))]
    public static Task<IActionResult> OrchestrationStatus(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "admin/cases/{id}/orchestration")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestrationAdminHandlers.StatusAsync(c, id, new DurableCaseOrchestrations(client)));

    [Function(nameof(ListOrchestrations))]
    public static Task<IActionResult> ListOrchestrations(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "admin/orchestrations")] HttpRequest request, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestrationAdminHandlers.ListAsync(c, new DurableCaseOrchestrations(client)));

    [Function(nameof(WakeOrchestration))]
    public static Task<IActionResult> WakeOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/cases/{id}/orchestration/wake")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestrationAdminHandlers.WakeAsync(c, id, new DurableCaseOrchestrations(client)));

    [Function(nameof(TerminateOrchestration))]
    public static Task<IActionResult> TerminateOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/cases/{id}/orchestration/terminate")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestrationAdminHandlers.TerminateAsync(c, id, new DurableCaseOrchestrations(client)));

    [Function(nameof(PurgeOrchestration))]
    public static Task<IActionResult> PurgeOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "admin/cases/{id}/orchestration")] HttpRequest request, string id, [DurableClient] DurableTaskClient client) =>
        HttpResultAdapter.RunAsync(request, c => OrchestrationAdminHandlers.PurgeAsync(c, id, new DurableCaseOrchestrations(client)));
}
