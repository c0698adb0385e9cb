using System.Text.Json.Nodes;
using Hotline.Service.Api.OpenApi;
using Hotline.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Local.Tests.OpenApi;

/// <summary>
/// The OpenAPI document against the endpoints the host really maps (issue 12 item 1): every /api endpoint is documented
/// with its method and path and nothing else is; each operation says which key it needs, what it answers and, for errors,
/// which problem schema; the documented bodies are accepted (<see cref="OpenApiExampleTests"/>).
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("oas"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task EveryMappedApiEndpoint_IsInTheDocument_WithItsMethodAndPath_AndNothingElseIs()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        var mapped = endpoints
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m.ToUpperInvariant()} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal).ToList();
        var undocumented = endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.DisplayName)
            .Where(name => ApiCatalogue.Find(name) is null).ToList();

        var document = await DocumentAsync();
        var documented = Operations(document).Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}").Order(StringComparer.Ordinal).ToList();

        Assert.True(undocumented.Count == 0, "Endpoints with no entry in ApiCatalogue (Hotline.Service/Api/OpenApi): " + string.Join(", ", undocumented));
        Assert.Equal(mapped, documented);
        Assert.True(mapped.Count >= 40, $"Only {mapped.Count} /api endpoints were found; the enumeration is broken.");
        Assert.DoesNotContain(document["paths"]!.AsObject(), p => !p.Key.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryOperation_DeclaresItsKey_ItsAnswers_AndProblemAnswersReferenceAProblemSchema()
    {
        var document = await DocumentAsync();
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal("apiKey", schemes["ApiKey"]!.Str("type"));
        Assert.Equal("header", schemes["ApiKey"]!.Str("in"));
        Assert.Equal("X-Api-Key", schemes["ApiKey"]!.Str("name"));
        var tags = document["tags"]!.AsArray().Select(t => t!.Str("name")).ToHashSet(StringComparer.Ordinal);

        var faults = new List<string>();
        foreach (var (path, method, op) in Operations(document))
        {
            var where = $"{method.ToUpperInvariant()} {path} ({op["operationId"]})";
            var security = op["security"]?.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList() ?? [];
            var expected = path == "/api/sms/inbound" ? "WebhookKey" : "ApiKey";
            if (security.Count != 1 || security[0] != expected || !schemes.ContainsKey(security[0]))
            {
                faults.Add($"{where}: security [{string.Join(", ", security)}], expected {expected}");
            }

            if (string.IsNullOrWhiteSpace(op["summary"]?.GetValue<string>()) || op["tags"]?.AsArray().Select(t => t!.GetValue<string>()).All(tags.Contains) != true)
            {
                faults.Add($"{where}: no summary, or a tag the document does not list");
            }

            var responses = op["responses"]!.AsObject();
            if (!responses.Any(r => r.Key.StartsWith('2')) || !responses.ContainsKey("401") || !responses.ContainsKey("503"))
            {
                faults.Add($"{where}: answers {string.Join(", ", responses.Select(r => r.Key))} lack a 2xx, 401 or 503");
            }

            foreach (var (status, response) in responses.Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400))
            {
                var schema = response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                var want = status == "400" ? "#/components/schemas/HttpValidationProblemDetails" : "#/components/schemas/ProblemDetails";
                if (schema != want)
                {
                    faults.Add($"{where}: {status} is {schema ?? "no problem+json schema"}, expected {want}");
                }
            }

            foreach (var p in op["parameters"]?.AsArray() ?? [])
            {
                if (string.IsNullOrWhiteSpace(p!["description"]?.GetValue<string>()))
                {
                    faults.Add($"{where}: parameter {p.Str("name")} has no description");
                }
            }

            if (op["requestBody"] is { } body && (body["content"]?["application/json"]?["schema"] is null || body["content"]!["application/json"]!["example"] is null))
            {
                faults.Add($"{where}: the request body has no schema or no example");
            }

            if (method is "post" or "put" && path is not ("/api/admin/cases/{id}/orchestration/wake" or "/api/admin/cases/{id}/orchestration/terminate" or "/api/permits/{id}/hand-back")
                && (op["requestBody"] is null || !responses.ContainsKey("400") || (path != "/api/sms/inbound" && !responses.ContainsKey("415"))))
            {
                faults.Add($"{where}: a write with no documented body, 400 or 415");
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task Intake_DocumentsItsBody_TheIdempotencyKey_AndAChineseExample()
    {
        var intake = (await DocumentAsync())["paths"]!["/api/cases"]!["post"]!;

        var header = intake["parameters"]!.AsArray().Single(p => p!.Str("name") == "Idempotency-Key")!;
        Assert.Equal("header", header.Str("in"));
        Assert.Equal("#/components/schemas/IntakeBody", intake["requestBody"]!["content"]!["application/json"]!["schema"]!.Str("$ref"));
        Assert.Equal("张三丰", intake["requestBody"]!["content"]!["application/json"]!["example"]!["caller"]!.Str("name"));
        Assert.Equal(["200", "201", "400", "401", "403", "409", "415", "429", "503"], intake["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal("#/components/schemas/CaseView", intake["responses"]!["201"]!["content"]!["application/json"]!["schema"]!.Str("$ref"));
        Assert.NotNull(intake["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]!["errors"]!["caller.phone"]);
    }

    [Fact]
    public async Task ListCases_DocumentsItsFiltersAndTheReportDrillDown()
    {
        var list = (await DocumentAsync())["paths"]!["/api/cases"]!["get"]!;
        var names = list["parameters"]!.AsArray().Where(p => p!.Str("in") == "query").Select(p => p!.Str("name")).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(["status", "assignee", "overdue", "from", "to", "pageSize", "continuationToken", "profile", "month", "category", "firstOwner", "unit", "linkedUnit", "serviceArea"], StringComparer.Ordinal),
            names);
        var status = list["parameters"]!.AsArray().Single(p => p!.Str("name") == "status")!;
        Assert.Contains("dispatched", status["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    internal static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()
            .Where(m => Methods.Contains(m.Key))
            .Select(m => (p.Key, m.Key, m.Value!)));

    private async Task<JsonNode> DocumentAsync()
    {
        using var none = _host.CreateClient();
        var document = await none.GetOkAsync("/openapi/v1.json");
        if (Environment.GetEnvironmentVariable("HOTLINE_OPENAPI_DUMP") is { Length: > 0 } dump)
        {
            await File.WriteAllTextAsync(dump, document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        return document;
    }
}
