using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hotline.Service.Api.OpenApi;
using Hotline.Testing;
using Xunit.Abstractions;

namespace Hotline.Local.Tests.OpenApi;

/// <summary>
/// The document's examples are true: each documented request body, posted as the document shows it (required query
/// parameters from their examples, path ids from what the earlier examples created), is accepted by the running host;
/// and the documented validation problem is what the intake answers to the documented invalid body.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class OpenApiExampleTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    /// <summary>A demo staff member holding each role (DemoSeed).</summary>
    private static readonly Dictionary<string, string> StaffWithRole = new(StringComparer.Ordinal)
    {
        ["admin"] = "admin", ["manager"] = "mgr", ["agent"] = "agent1", ["supervisor"] = "engineering-head", ["quality-office"] = "qa",
        ["upstream"] = "upstream", ["coordinator"] = "coord", ["general-manager"] = "gm", ["deputy-general-manager"] = "dgm",
    };

    /// <summary>
    /// Operations whose handler wants a particular person beyond the role: the guard at the gate, the heating profile's
    /// reviewer (经营科科长) for the submission step the example shows.
    /// </summary>
    private static readonly Dictionary<string, string> Caller = new(StringComparer.Ordinal) { ["PermitGate"] = "security-1", ["ReportSubmissionStep"] = "business-head" };

    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("oasx"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-IN-1")]
    public async Task EveryDocumentedRequestBody_IsAcceptedByTheRunningHost()
    {
        var document = await DocumentAsync();
        var created = new List<string>();
        var faults = new List<string>();
        var withBodies = OpenApiDocumentTests.Operations(document)
            .Where(o => o.Operation["requestBody"] is not null)
            .OrderBy(o => o.Path.Contains('{', StringComparison.Ordinal)) // creators first: their Locations fill the ids of the rest
            .ToList();
        Assert.True(withBodies.Count >= 15, $"Only {withBodies.Count} operations document a body.");

        foreach (var (path, method, op) in withBodies)
        {
            var name = op.Str("operationId");
            var doc = ApiCatalogue.Find(name)!;
            using var client = doc.Security == ApiSecurity.WebhookKey ? WebhookClient() : _host.As(Caller.GetValueOrDefault(name) ?? Who(doc.Roles));
            var url = Url(path, op, created);
            var body = op["requestBody"]!["content"]!["application/json"]!["example"]!.ToJsonString();
            using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var documented = op["responses"]!.AsObject().Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            output.WriteLine($"{name}: {method.ToUpperInvariant()} {url} → {status}");
            if (response.Headers.Location is { } location)
            {
                created.Add(location.OriginalString);
            }

            // A rule refusal (404/409) of a well-formed body is fine when the document lists it; 400/415 never is.
            if (!(response.IsSuccessStatusCode || status is 404 or 409) || !documented.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                faults.Add($"{name}: {method.ToUpperInvariant()} {url} → {status} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    [Trait("Rule", "R-IN-1")]
    public async Task TheDocumentedValidationProblem_IsWhatTheIntakeAnswers()
    {
        var example = (await DocumentAsync())["paths"]!["/api/cases"]!["post"]!["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]!;
        using var agent = _host.As("agent1");

        var response = await agent.PostAsync("/api/cases", new StringContent(DocExamples.InvalidIntake, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadNodeAsync();
        Assert.True(JsonNode.DeepEquals(example["errors"], problem["errors"]), $"documented {example["errors"]!.ToJsonString()}, answered {problem["errors"]!.ToJsonString()}");
        Assert.Equal(example.Str("type"), problem.Str("type"));
    }

    private static string Who(IReadOnlyList<string> roles) => roles.Count == 0 ? "agent1" : StaffWithRole[roles[0]];

    /// <summary>The path with its ids from what earlier examples created (else the documented example), and the required query parameters.</summary>
    private static string Url(string path, JsonNode op, List<string> created)
    {
        var parameters = op["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
        var url = path;
        var brace = path.IndexOf('{', StringComparison.Ordinal);
        if (brace > 0 && created.LastOrDefault(l => l.StartsWith(path[..brace], StringComparison.Ordinal) && !l[brace..].Contains('/', StringComparison.Ordinal)) is { } made)
        {
            url = made + path[path.IndexOf('}', brace)..][1..];
        }

        foreach (var p in parameters.Where(p => p.Str("in") == "path"))
        {
            url = url.Replace("{" + p.Str("name") + "}", Uri.EscapeDataString(p["example"]!.ToString()), StringComparison.Ordinal);
        }

        var query = parameters.Where(p => p.Str("in") == "query" && p["required"]?.GetValue<bool>() == true)
            .Select(p => $"{p.Str("name")}={Uri.EscapeDataString(p["example"]!.ToString())}").ToList();
        return query.Count == 0 ? url : url + "?" + string.Join('&', query);
    }

    private HttpClient WebhookClient()
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add("x-hotline-webhook-key", "local-webhook-key");
        return client;
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var none = _host.CreateClient();
        return await none.GetOkAsync("/openapi/v1.json");
    }
}
