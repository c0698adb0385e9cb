using System.Net;
using System.Net.Http.Json;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Local.Tests.Faults;

/// <summary>
/// Two local hosts on one storage account and one task hub, as a self-hosted deployment that outgrew one machine: the
/// engine shares the orchestrations (partition leases) and the activities (one work-item queue) between them, and no
/// trigger is applied twice, whichever host took the request.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TwoHostsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ProviderOutsideTheHost _provider = null!;

    public async Task InitializeAsync() => _provider = await ProviderOutsideTheHost.StartAsync();

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task RequestsThroughEitherHost_EachTriggerAppliedOnce_EachTaskSentOnce()
    {
        var prefix = LocalHost.Unique("two");
        string[] shared = ["--Hotline:Durable:PartitionCount=4", $"--Hotline:Sms:ConnectionString={_provider.ConnectionString}"];
        using var a = LocalHost.Start(azurite.ConnectionString, prefix, LocalHost.Friday1400, [.. shared, "--Hotline:Durable:WorkerId=host-a"]);
        using var b = LocalHost.Start(azurite.ConnectionString, prefix, LocalHost.Friday1400, [.. shared, "--Hotline:Durable:WorkerId=host-b"]);
        LocalHost[] hosts = [a, b];

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => IntakeAsync(hosts[i % 2], $"两台主机 {i}")));
        foreach (var id in ids)
        {
            await a.WaitForOutboxAsync(id);
        }

        // Each case is acknowledged through the host that did not take its intake, then noted three times through both at once.
        await Task.WhenAll(ids.Select((id, i) => SignalAsync(hosts[(i + 1) % 2], id, new { type = "acknowledge" })));
        await Task.WhenAll(ids.SelectMany((id, i) => Enumerable.Range(0, 3).Select(n =>
            SignalAsync(hosts[(i + n) % 2], id, new { type = "progress", text = $"进展{n}" }))));

        var store = a.Services.GetRequiredService<ICaseStore>();
        foreach (var id in ids)
        {
            var view = await b.WaitForCaseAsync(id, c => c.Items("timeline").Count(e => e.Str("kind") == "progress") == 3);
            Assert.Equal("in-progress", view.Str("status"));
            var ledger = await store.GetLedgerAsync(CaseId.Parse(id), CancellationToken.None);
            Assert.Single(ledger, e => e.Kind == LedgerKind.Acknowledged);
            Assert.Equal(3, ledger.Count(e => e.Kind == LedgerKind.Progress));
            Assert.Equal(ledger.Count, ledger.Select(e => e.Sequence).Distinct().Count());
        }

        var tasks = _provider.Delivered.Where(r => r.Text.Contains("新任务", StringComparison.Ordinal)).ToList();
        Assert.Equal(ids.Length, tasks.Count);
        Assert.Equal(ids.Length, tasks.Select(t => t.Tag).Distinct().Count());
        Assert.Equal(_provider.Requests.Count, _provider.Delivered.Count); // no send was repeated: nothing ran twice
    }

    private static async Task<string> IntakeAsync(LocalHost host, string summary)
    {
        using var agent = host.As("agent1");
        return (await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary, receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id");
    }

    private static async Task SignalAsync(LocalHost host, string id, object body)
    {
        using var head = host.As("engineering-head");
        var response = await head.PostAsJsonAsync($"/api/cases/{id}/signals", body);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
