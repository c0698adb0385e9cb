using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hotline.Service.Directory;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Local.Tests.Doors;

/// <summary>
/// Issue 12 "doors closed": the demo directory's well-known keys and the SMS simulator exist only when the demo is asked
/// for; a host without it has nobody to sign in as until the first admin is bootstrapped, once.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class DemoModeApiTests(AzuriteFixture azurite) : IDisposable
{
    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("nodemo"), LocalHost.Friday1400, "--Hotline:Demo=false");

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("admin")]
    [InlineData("agent1")]
    [InlineData("mgr")]
    public async Task WithoutDemo_DemoKeysOpenNothing(string staffId)
    {
        using var demo = _host.As(staffId);
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.GetAsync("/api/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.GetAsync("/api/cases")).StatusCode);
        Assert.Empty(await _host.Services.GetRequiredService<IStaffDirectory>().ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("GET", "/sim/phones/13900000009/messages")]
    [InlineData("POST", "/sim/phones/13900000009/reply")]
    [InlineData("PUT", "/sim/phones/13900000009")]
    [InlineData("POST", "/sim/faults")]
    [InlineData("POST", "/sim/acs/sms")]
    public async Task WithoutDemo_NoSimulatorEndpoints(string method, string path)
    {
        using var client = _host.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : new StringContent("""{"text":"收到","failNext":1}""", Encoding.UTF8, "application/json"),
        });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BootstrapAdmin_OnceWhileNoAdmin_KeyWorks_SecondBootstrapRefused()
    {
        var directory = _host.Services.GetRequiredService<IStaffDirectory>();
        var options = new HotlineOptions.BootstrapAdminOptions { Phone = "13800000001", Id = "first-admin" };

        var key = await BootstrapAdmin.EnsureAsync(directory, options, NullLogger.Instance, CancellationToken.None);
        var again = await BootstrapAdmin.EnsureAsync(directory, new HotlineOptions.BootstrapAdminOptions { Phone = "13800000009", Id = "intruder" }, NullLogger.Instance, CancellationToken.None);

        Assert.NotNull(key);
        Assert.DoesNotContain("demo", key, StringComparison.OrdinalIgnoreCase);
        Assert.Null(again);
        using var admin = _host.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", key);
        var staff = await admin.GetOkAsync("/api/staff");
        Assert.Equal(["first-admin"], staff.AsArray().Select(s => s!.Str("id")));
        Assert.Equal(["admin"], staff[0]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var stored = await directory.GetAsync(Domain.Staff.StaffId.Parse("first-admin"), CancellationToken.None);
        Assert.NotEqual(key, stored!.ApiKeyHash);
        var issued = await admin.PutAsJsonAsync("/api/staff/agent-a", new { name = "调度员", phone = "13800000002", roles = new[] { "agent" }, unit = "hotline" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
    }

    [Fact]
    public async Task BootstrapAdmin_NotAskedFor_CreatesNobody()
    {
        var directory = _host.Services.GetRequiredService<IStaffDirectory>();
        Assert.Null(await BootstrapAdmin.EnsureAsync(directory, new HotlineOptions.BootstrapAdminOptions(), NullLogger.Instance, CancellationToken.None));
        Assert.Empty(await directory.ListAsync(CancellationToken.None));
    }
}
