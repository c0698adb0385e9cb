using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Hotline.Azure.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Azure.Tests.Sms;

/// <summary>What the fake ACS received, with its verdict on the signature.</summary>
internal sealed record RecordedRequest(string Method, string Target, string? Host, string? Date, byte[] Body, AcsSignatureCheck Signature)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }
}

/// <summary>A canned answer; <see cref="Body"/> null means "accept every recipient".</summary>
/// <param name="AdvanceClockBy">Moves the shared clock after answering, as if the next request came that much later.</param>
internal sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null, TimeSpan AdvanceClockBy = default)
{
    public static ScriptedResponse AcceptAll { get; } = new(202);

    public static ScriptedResponse Results(params string[] resultObjects) => new(202, $"{{\"value\":[{string.Join(',', resultObjects)}]}}");

    public static ScriptedResponse Error(int status, string code, string message, string? retryAfter = null) =>
        new(status, JsonSerializer.Serialize(new { error = new { code, message } }), retryAfter);
}

/// <summary>
/// ACS's SMS endpoint on a free 127.0.0.1 port (Kestrel): checks each request's HMAC signature with
/// <see cref="AcsSignatureVerifier"/> exactly as ACS does (401 when it fails), records it, and answers from a script.
/// </summary>
internal sealed class FakeAcsServer : IAsyncDisposable
{
    private const string Denied = """{"error":{"code":"Denied","message":"Denied by the resource provider."}}""";

    private readonly WebApplication _app;
    private readonly byte[] _key;
    private readonly FixedTimeProvider _clock;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _messageCounter;

    private FakeAcsServer(WebApplication app, byte[] key, FixedTimeProvider clock)
    {
        _app = app;
        _key = key;
        _clock = clock;
    }

    public Uri Endpoint { get; private set; } = null!;

    public string ConnectionString => $"endpoint={Endpoint};accesskey={Convert.ToBase64String(_key)}";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeAcsServer> StartAsync(byte[] key, FixedTimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeAcsServer(app, key, clock);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Endpoint = new Uri(address + "/");
        return server;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var request = context.Request;
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var signed = new AcsSignedRequest(
            request.Method,
            target,
            request.Headers.Host.ToString(),
            request.Headers["x-ms-date"].ToString(),
            request.Headers["x-ms-content-sha256"].ToString(),
            request.Headers.Authorization.ToString(),
            buffer.ToArray());
        var check = AcsSignatureVerifier.Verify(signed, _key, _clock.GetUtcNow());
        var recorded = new RecordedRequest(request.Method, target, signed.Host, signed.Date, buffer.ToArray(), check);
        _requests.Enqueue(recorded);

        var scripted = !check.IsValid ? new ScriptedResponse(401, Denied)
            : _script.TryDequeue(out var next) ? next
            : ScriptedResponse.AcceptAll;
        context.Response.StatusCode = scripted.Status;
        if (scripted.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(scripted.Body ?? AcceptEveryRecipient(recorded.Json), Encoding.UTF8);
        _clock.Advance(scripted.AdvanceClockBy);
    }

    private string AcceptEveryRecipient(JsonElement body)
    {
        var results = body.GetProperty("smsRecipients").EnumerateArray().Select(r => new
        {
            to = r.GetProperty("to").GetString(),
            messageId = $"Outgoing_{Interlocked.Increment(ref _messageCounter):D4}",
            httpStatusCode = 202,
            repeatabilityResult = "accepted",
            successful = true,
            errorMessage = (string?)null,
        });
        return JsonSerializer.Serialize(new { value = results });
    }
}
