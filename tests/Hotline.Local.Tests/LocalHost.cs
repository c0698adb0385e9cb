using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Service.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Local.Tests;

/// <summary>
/// The real local host on Kestrel at a free 127.0.0.1 port: the Durable Task Framework engine and the case tables on a
/// real Azurite, with the manual clock. Each host gets its own tables and task hub (by <c>prefix</c>); dispose and start
/// another with the same prefix over the same Azurite to simulate a restart.
/// </summary>
public sealed class LocalHost : IDisposable
{
    private readonly WebApplication _app;

    private LocalHost(WebApplication app) => _app = app;

    public static readonly DateTimeOffset Friday1400 = new(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8));

    public Uri BaseAddress => _app.Services.GetRequiredService<SelfAddress>().BaseUri;

    public static LocalHost Start(string storage, string prefix, DateTimeOffset clockStart, params string[] extra)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Hotline:Tables={storage}",
            $"--Hotline:TablePrefix={prefix}",
            $"--Hotline:Durable:TaskHubName={prefix}hub",
            $"--Hotline:Durable:WorkerId={prefix}-worker",
            "--Hotline:Durable:MaxQueuePollingInterval=00:00:00.200",
            // A restarted host gets the messages the stopped one held after these (production keeps them longer).
            "--Hotline:Durable:ControlQueueVisibilityTimeout=00:00:10",
            "--Hotline:Durable:WorkItemQueueVisibilityTimeout=00:00:10",
            "--Hotline:Clock=Manual",
            $"--Hotline:ClockStart={clockStart:O}",
            "--Hotline:Demo=true",
            $"--Logging:LogLevel:Default={(Environment.GetEnvironmentVariable("HOTLINE_TEST_LOGS") is "1" ? "Information" : "Warning")}",
            "--Logging:LogLevel:DurableTask=Warning",
            .. extra,
        ];
        var app = HotlineApp.BuildAsync(args).GetAwaiter().GetResult();
        app.StartAsync().GetAwaiter().GetResult();
        return new LocalHost(app);
    }

    /// <summary>A prefix no other host used, so that each test starts with empty tables and its own task hub.</summary>
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    public IServiceProvider Services => _app.Services;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// Waits until every message of the case has been carried out (sent or failed): the engine is asynchronous, and an
    /// intake's task SMS goes out when the case's orchestration has started, a moment after the 201.
    /// </summary>
    public async Task WaitForOutboxAsync(string caseId)
    {
        using var admin = As("admin");
        await Eventually.Until(async () => (await admin.GetOkAsync($"/api/sms/outbox?caseId={caseId}")).AsArray() is { Count: > 0 } messages
            && messages.All(m => m!.Str("status") != "pending"), $"the messages of case {caseId}");
    }

    /// <summary>Polls the case view until <paramref name="until"/> holds.</summary>
    public async Task<JsonNode> WaitForCaseAsync(string caseId, Func<JsonNode, bool> until)
    {
        using var admin = As("admin");
        JsonNode? view = null;
        try
        {
            await Eventually.Until(async () => until(view = await admin.GetOkAsync($"/api/cases/{caseId}")), $"case {caseId}");
        }
        catch (TimeoutException e)
        {
            var orchestration = await admin.GetStringAsync($"/api/admin/cases/{caseId}/orchestration");
            throw new TimeoutException($"{e.Message} The case is {view?.ToJsonString()}; its orchestration {orchestration}", e);
        }

        return view!;
    }

    public HttpClient As(string staffId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-" + staffId);
        return client;
    }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IAsyncDisposable)_app).DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

public static class HttpJson
{
    public static async Task<JsonNode> ReadNodeAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body.");
    }

    public static async Task<JsonNode> PostOkAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, HotlineJson.Options);
        var node = await response.ReadNodeAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {node.ToJsonString()}");
        return node;
    }

    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var node = await response.ReadNodeAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {node.ToJsonString()}");
        return node;
    }

    public static IEnumerable<JsonNode> Items(this JsonNode node, string property) => node[property]!.AsArray().Select(n => n!);

    public static string Str(this JsonNode node, string property) => node[property]!.GetValue<string>();

    public static JsonSerializerOptions Options => HotlineJson.Options;
}
