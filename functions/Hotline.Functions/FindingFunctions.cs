using Hotline.Service.Api.Finding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>Search, caller history and counts: the shared handlers of <see cref="Hotline.Service.Api.Finding"/>, routes as in the local host.</summary>
public static class FindingFunctions
{
    [Function(nameof(SearchCases))]
    public static Task<IActionResult> SearchCases([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/search")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, SearchHandlers.SearchAsync);

    [Function(nameof(CaseCounts))]
    public static Task<IActionResult> CaseCounts([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/counts")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, QueueHandlers.CountsAsync);

    [Function(nameof(CallerHistory))]
    public static Task<IActionResult> CallerHistory([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "callers/history")] HttpRequest request) =>
        HttpResultAdapter.RunAsync(request, CallerHistoryHandlers.HistoryAsync);
}
