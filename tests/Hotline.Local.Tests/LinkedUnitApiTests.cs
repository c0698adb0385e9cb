using System.Net;
using System.Text;
using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>12319 over HTTP: a complaint about a second-level linked unit names the unit (R-DS-8).</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class LinkedUnitApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("linked"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    [Trait("Rule", "R-DS-8")]
    public async Task LinkedUnitComplaint_WithoutTheUnit_400NamingLinkedUnit_WithIt_Recorded()
    {
        using var agent = _host.As("agent1");
        const string Complaint = """{"caller":{"name":"张三丰","phone":"13912345678","address":"3栋1201","property":"涪城区"},"profile":"municipal-12319","category":"linked-unit","summary":"抄表员态度恶劣","receivedBy":"agent1","decision":"open","reason":"query-needs-follow-up"}""";

        var missing = await agent.PostAsync("/api/cases", new StringContent(Complaint, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("燃气公司", (await missing.ReadNodeAsync())["errors"]!["linkedUnit"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await agent.GetOkAsync("/api/cases")).Items("items"));

        var named = await agent.PostAsync("/api/cases", new StringContent(Complaint.Replace("\"decision\"", "\"linkedUnit\":\"燃气公司\",\"decision\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        Assert.Equal("燃气公司", (await named.ReadNodeAsync()).Str("linkedUnit"));
    }
}
