using System.Reflection;
using Hotline.Service.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;

namespace Hotline.Functions;

/// <summary>
/// Unknown routes and wrong methods under /api answer as in the local host: 404 or 405 (with <c>Allow</c>) as
/// problem+json, where the Functions host would answer an empty 404. The catch-all route has the lowest precedence in
/// ASP.NET Core routing, so every function with a literal route is matched first; this one sees only what none took.
/// </summary>
public static class RouteFallbackFunctions
{
    private static readonly Lazy<IReadOnlyList<HttpRoute>> Routes = new(() => HttpRoute.Of(typeof(RouteFallbackFunctions).Assembly));

    [Function(nameof(NoSuchRoute))]
    public static Task<IActionResult> NoSuchRoute(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", Route = "{*path}")] HttpRequest request, string? path) =>
        HttpResultAdapter.RunAsync(request, context => Task.FromResult(Answer(context, path ?? string.Empty)));

    /// <summary>405 naming the allowed methods when some function serves the path, 404 otherwise.</summary>
    internal static IResult Answer(HttpContext context, string path)
    {
        var allowed = Routes.Value.Where(r => r.Matches(path)).SelectMany(r => r.Methods).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (allowed.Count == 0)
        {
            return Problems.NotFound($"/api/{path}");
        }

        context.Response.Headers.Allow = string.Join(", ", allowed.Select(m => m.ToUpperInvariant()));
        return Problems.MethodNotAllowed(context.Request.Method, allowed);
    }

    /// <summary>An HTTP function's route and methods, read from the same attributes the Functions SDK writes into functions.metadata.</summary>
    internal sealed record HttpRoute(TemplateMatcher Matcher, IReadOnlyList<string> Methods)
    {
        public bool Matches(string path) => Matcher.TryMatch(new PathString("/" + path.TrimStart('/')), []);

        public static IReadOnlyList<HttpRoute> Of(Assembly assembly) =>
        [
            .. from method in assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
               where method.Name != nameof(NoSuchRoute) && method.GetCustomAttribute<FunctionAttribute>() is not null
               from parameter in method.GetParameters()
               let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
               where trigger is { Route: not null, Methods.Length: > 0 }
               select new HttpRoute(new TemplateMatcher(TemplateParser.Parse(trigger.Route!), new RouteValueDictionary()), trigger.Methods!),
        ];
    }
}
