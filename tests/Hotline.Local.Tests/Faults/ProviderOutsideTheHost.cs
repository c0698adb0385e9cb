using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Hotline.Azure.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Local.Tests.Faults;

/// <summary>
/// The SMS provider as ACS behaves, in the test process so that it outlives a killed host: checks each request's HMAC
/// signature as ACS does, records every request, and delivers each repeatability id once (a repeat is accepted as the
/// same message, as ACS's repeatability contract says). <see cref="Hold"/> keeps answers back, so a test can kill the
/// host while a send is in flight.
/// </summary>
public sealed class ProviderOutsideTheHost : IAsyncDisposable
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("fault-tests-provider-key-0123456789abcdef");
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ProviderRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ProviderRequest> _delivered = new(StringComparer.Ordinal);
    private TaskCompletionSource _released = Released();

    private ProviderOutsideTheHost(WebApplication app) => _app = app;

    /// <summary>The connection string the host's ACS client is given.</summary>
    public string ConnectionString => $"endpoint={_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()}/;accesskey={Convert.ToBase64String(Key)}";

    /// <summary>Every recipient of every request, repeats included.</summary>
    public IReadOnlyCollection<ProviderRequest> Requests => [.. _requests];

    /// <summary>What reached phones: one per repeatability id.</summary>
    public IReadOnlyCollection<ProviderRequest> Delivered => [.. _delivered.Values];

    /// <summary>Requests that arrived while answers were held and are still waiting.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    private int _waiting;

    public static async Task<ProviderOutsideTheHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new ProviderOutsideTheHost(app);
        app.MapPost("/sms", (Delegate)provider.SendAsync);
        await app.StartAsync();
        return provider;
    }

    /// <summary>Holds every answer until <see cref="Release"/> (the request is recorded, and delivered, on arrival).</summary>
    public void Hold() => _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    private async Task<IResult> SendAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var request = context.Request;
        var signed = new AcsSignedRequest(request.Method, context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            request.Headers.Host.ToString(), request.Headers["x-ms-date"].ToString(), request.Headers["x-ms-content-sha256"].ToString(),
            request.Headers.Authorization.ToString(), buffer.ToArray());
        if (!AcsSignatureVerifier.Verify(signed, Key, TimeProvider.System.GetUtcNow()).IsValid)
        {
            return Results.Json(new { error = new { code = "Denied", message = "bad signature" } }, statusCode: 401);
        }

        var body = JsonNode.Parse(buffer.ToArray())!;
        var results = new JsonArray();
        foreach (var recipient in body["smsRecipients"]!.AsArray())
        {
            var sent = new ProviderRequest((string)recipient!["repeatabilityRequestId"]!, (string)recipient["to"]!, (string)body["message"]!, (string?)body["smsSendOptions"]?["tag"]);
            _requests.Enqueue(sent);
            var first = _delivered.TryAdd(sent.RepeatabilityId, sent);
            results.Add(new JsonObject
            {
                ["to"] = sent.To, ["messageId"] = "m-" + sent.RepeatabilityId, ["httpStatusCode"] = 202,
                ["repeatabilityResult"] = first ? "accepted" : "rejected", ["successful"] = true,
            });
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _released.Task.WaitAsync(context.RequestAborted);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return Results.Json(new JsonObject { ["value"] = results }, statusCode: 202);
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.DisposeAsync();
    }
}

/// <param name="Tag">The outbox row id the host sent it for (the delivery-report tag).</param>
public sealed record ProviderRequest(string RepeatabilityId, string To, string Text, string? Tag);
