using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Service.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Hotline.Local.Tests;

/// <summary>
/// The real local host (Program) on Kestrel at a free 127.0.0.1 port, on a real Azurite (or in memory), with the
/// manual clock. Dispose and start another over the same storage to simulate a restart.
/// </summary>
public sealed class LocalHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private LocalHost(Dictionary<string, string?> settings) => _settings = settings;

    public static readonly DateTimeOffset Friday1400 = new(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8));

    public static LocalHost Start(string? tables, string prefix, DateTimeOffset clockStart)
    {
        var host = new LocalHost(new()
        {
            ["Hotline:Storage"] = tables is null ? "Memory" : "Table",
            ["Hotline:Tables"] = tables,
            ["Hotline:TablePrefix"] = prefix,
            ["Hotline:Clock"] = "Manual",
            ["Hotline:ClockStart"] = clockStart.ToString("O"),
            ["Hotline:Seed"] = "Demo",
            ["Hotline:Scheduler:PollInterval"] = "00:00:00.200",
        });
        host.UseKestrel(0);
        host.StartServer();
        return host;
    }

    public HttpClient As(string staffId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-" + staffId);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
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
