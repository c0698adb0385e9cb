using Hotline.Testing.Durable;

namespace Hotline.Functions.Tests;

/// <summary>
/// Issue 12 "doors closed" in the Functions app: what no function serves answers problem+json as in the local host —
/// 404 for an unknown route, 405 with <c>Allow</c> for a known route asked with the wrong method.
/// </summary>
public sealed class RouteFallbackTests
{
    [Theory]
    [InlineData("DELETE", "cases", "GET, POST")]
    [InlineData("PUT", "cases/20261130-0001", "GET")]
    [InlineData("GET", "cases/20261130-0001/signals", "POST")]
    [InlineData("POST", "staff/agent1", "GET, PUT")]
    public async Task KnownRoute_WrongMethod_Is405ProblemNamingTheAllowedMethods(string method, string path, string allow)
    {
        await using var host = await DurableCaseHost.StartAsync();
        var request = FunctionRequests.Make(host.Services, method, "agent1");

        await RouteFallbackFunctions.NoSuchRoute(request, path);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(405, status);
        Assert.Equal("application/problem+json", request.HttpContext.Response.ContentType);
        Assert.Equal(allow.Split(", ").Order(), request.HttpContext.Response.Headers.Allow.ToString().Split(", ").Order());
        Assert.Contains(allow.Split(", ")[0], body!.Value.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "no-such-thing")]
    [InlineData("POST", "cases/20261130-0001/nothing")]
    public async Task UnknownRoute_Is404Problem(string method, string path)
    {
        await using var host = await DurableCaseHost.StartAsync();
        var request = FunctionRequests.Make(host.Services, method, "agent1");

        await RouteFallbackFunctions.NoSuchRoute(request, path);

        var (status, body) = FunctionRequests.Response(request);
        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", request.HttpContext.Response.ContentType);
        Assert.Contains(path, body!.Value.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
