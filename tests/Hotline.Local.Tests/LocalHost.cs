using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Service.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Local.Tests;

/// <summary>
/// The real local host on Kestrel at a free 127.0.0.1 port, on a real Azurite (or in memory), with the manual
/// clock. Dispose and start another over the same storage to simulate a restart.
/// </summary>
public sealed class LocalHost : IDisposable
{
    private readonly WebApplication _app;

    private LocalHost(WebApplication app) => _app = app;

    public static readonly DateTimeOffset Friday1400 = new(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8));

    public Uri BaseAddress => _app.Services.GetRequiredService<SelfAddress>().BaseUri;

    public static LocalHost Start(string? tables, string prefix, DateTimeOffset clockStart)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Hotline:Storage={(tables is null ? "Memory" : "Table")}",
            $"--Hotline:Tables={tables ?? string.Empty}",
            $"--Hotline:TablePrefix={prefix}",
            "--Hotline:Clock=Manual",
            $"--Hotline:ClockStart={clockStart:O}",
            "--Hotline:Seed=Demo",
            "--Hotline:Scheduler:PollInterval=00:00:00.200",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = HotlineApp.BuildAsync(args).GetAwaiter().GetResult();
        app.StartAsync().GetAwaiter().GetResult();
        return new LocalHost(app);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

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
