using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Benchmarks;

/// <summary>
/// A stand-in for Azure Communication Services' SMS endpoint on 127.0.0.1 that accepts every message at once (202 with
/// the ACS JSON shape), so provider latency is left out, and notes when each message reached it. The host's real ACS
/// client talks to it over HTTP; its outbox id tag ("{caseId}.{sequence}") says which case a message belongs to.
/// </summary>
public sealed class FakeAcsGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> _arrivals = new(StringComparer.Ordinal);
    private long _received;
    private long _lastTicks;

    private FakeAcsGateway(WebApplication app) => _app = app;

    public string ConnectionString { get; private set; } = string.Empty;

    public long Received => Interlocked.Read(ref _received);

    /// <summary>When the last message arrived.</summary>
    public DateTimeOffset LastArrival => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public static async Task<FakeAcsGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        var app = builder.Build();
        var gateway = new FakeAcsGateway(app);
        app.MapPost("/sms", gateway.AcceptAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        gateway.ConnectionString = $"endpoint={address}/;accesskey={Convert.ToBase64String(new byte[32])}";
        return gateway;
    }

    /// <summary>The arrivals of one case's messages, in arrival order.</summary>
    public IReadOnlyList<DateTimeOffset> ArrivalsOf(string caseId) =>
        _arrivals.TryGetValue(caseId, out var queue) ? [.. queue] : [];

    /// <summary>Waits until no message has arrived for <paramref name="quiet"/>: what a step set in motion has been sent.</summary>
    public async Task WaitQuietAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        while (DateTimeOffset.UtcNow - LastArrival < quiet)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task<IResult> AcceptAsync(HttpRequest request)
    {
        var at = DateTimeOffset.UtcNow;
        using var body = await JsonDocument.ParseAsync(request.Body);
        var root = body.RootElement;
        var tag = root.TryGetProperty("smsSendOptions", out var options) && options.TryGetProperty("tag", out var t) ? t.GetString() : null;
        var caseId = tag is { } id && id.LastIndexOf('.') is > 0 and var dot ? id[..dot] : "?";
        _arrivals.GetOrAdd(caseId, _ => new()).Enqueue(at);
        Interlocked.Increment(ref _received);
        Interlocked.Exchange(ref _lastTicks, at.UtcTicks);
        var results = root.GetProperty("smsRecipients").EnumerateArray().Select(r => new
        {
            to = r.GetProperty("to").GetString(),
            messageId = Guid.NewGuid().ToString("N"),
            httpStatusCode = 202,
            repeatabilityResult = "accepted",
            successful = true,
        }).ToList(); // read before the document is disposed
        return Results.Json(new { value = results }, statusCode: StatusCodes.Status202Accepted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
