using Hotline.Service.Api;
using Hotline.Service.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Functions;

/// <summary>
/// Runs a shared handler and writes its <see cref="IResult"/> straight to the response: the Functions ASP.NET Core
/// integration converts IActionResult, so the handler's result is executed here and an empty IActionResult returned.
/// Storage outages become 503 with Retry-After, as in the local host.
/// </summary>
internal static class HttpResultAdapter
{
    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<HttpContext, Task<IResult>> handler)
    {
        var context = request.HttpContext;
        IResult result;
        try
        {
            result = await handler(context);
        }
        catch (StorageUnavailableException e)
        {
            context.Response.Headers.RetryAfter = "5";
            result = Problems.Unavailable(e.Message);
        }

        await result.ExecuteAsync(context);
        return new EmptyResult();
    }
}
