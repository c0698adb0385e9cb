using System.Net;
using System.Net.Http.Json;
using Hotline.Azure.Storage;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;
using Hotline.Testing;

namespace Hotline.Local.Tests.Faults;

/// <summary>
/// The local host killed with SIGKILL at points of a lifecycle and started again over the same Azurite: nothing is lost,
/// nothing is done twice. The provider lives in the test process and counts what reaches phones.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class KilledHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60); // a restarted host waits out the killed one's leases

    private const string Head = "+8613900000009";     // engineering-head in the demo directory: gets each task
    private const string Worker = "+8613900000010";   // engineering-1: called when the head stays silent (R-DS-1)
    private readonly string _prefix = LocalHost.Unique("kill");
    private ProviderOutsideTheHost _provider = null!;
    private HostProcess? _host;

    public async Task InitializeAsync() => _provider = await ProviderOutsideTheHost.StartAsync();

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await _provider.DisposeAsync();
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task BurstOfIntakes_KilledWhileTaskSmsInFlight_Restarted_EveryCaseOnce_EveryTaskDeliveredOnce()
    {
        _host = await StartHostAsync();
        _provider.Hold();
        var keys = Enumerable.Range(1, 12).Select(i => $"burst-{i}").ToList();
        var first = await Task.WhenAll(keys.Select(k => IntakeAsync(_host, k)));
        await Eventually.Until(() => _provider.Waiting > 0, "a task SMS held at the provider", Minute);

        _host.Kill();
        _provider.Release();
        _host = await StartHostAsync();
        var again = await Task.WhenAll(keys.Select(k => IntakeAsync(_host, k))); // the client retries each with its Idempotency-Key

        Assert.All(again, r => Assert.NotNull(r));
        Assert.All(first.Zip(again).Where(p => p.First is not null), p => Assert.Equal(p.First, p.Second));
        var cases = again.Select(id => id!).Distinct().ToList();
        Assert.Equal(keys.Count, cases.Count);
        var store = Store();
        await Eventually.Until(async () => (await Task.WhenAll(cases.Select(id => store.OutboxAsync(CaseId.Parse(id), CancellationToken.None))))
            .All(rows => rows.All(m => m.Status == OutboxStatus.Sent)), "every message recorded as sent, the one held at the kill included", Minute);
        Assert.Contains(_provider.Requests.GroupBy(r => r.RepeatabilityId), g => g.Count() > 1); // a send was repeated after the kill…
        Assert.Equal(keys.Count, Tasks(Head).Count); // …yet every case's task reached the phone once
        Assert.Equal(keys.Count, Tasks(Head).Select(t => t.Tag).Distinct().Count());
        foreach (var id in cases)
        {
            Assert.All(await store.OutboxAsync(CaseId.Parse(id), CancellationToken.None), m => Assert.Equal(OutboxStatus.Sent, m.Status));
        }
    }

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task TimersPending_KilledBeforeTheyFall_Due_RestartedAfter_EachFiresOnce()
    {
        _host = await StartHostAsync();
        var ids = new List<CaseId>();
        foreach (var key in new[] { "t1", "t2", "t3" })
        {
            ids.Add(CaseId.Parse((await IntakeAsync(_host, key))!));
        }

        await Eventually.Until(() => Tasks(Head).Count == ids.Count, "the tasks delivered", Minute);
        var due = DateTimeOffset.UtcNow.AddSeconds(6);
        using (var admin = _host.As("admin"))
        {
            foreach (var id in ids)
            {
                await MoveAcknowledgeDeadlineAsync(id, due);
                (await admin.PostAsync($"api/admin/cases/{id}/orchestration/wake", null)).EnsureSuccessStatusCode();
            }

            foreach (var id in ids)
            {
                await Eventually.Until(async () => (await admin.GetStringAsync($"api/admin/cases/{id}/orchestration")).Contains(due.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"case {id}'s timer armed", Minute);
            }
        }

        _host.Kill();
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2)); // the deadlines pass while no host runs
        _host = await StartHostAsync();

        var store = Store();
        foreach (var id in ids)
        {
            await Eventually.Until(async () => (await store.GetAsync(id, CancellationToken.None))!.State.Assignee?.Value == "engineering-1", $"case {id} handed to the implementer", Minute);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // anything fired twice would show by now
        foreach (var id in ids)
        {
            var ledger = await store.GetLedgerAsync(id, CancellationToken.None);
            Assert.Single(ledger, e => e.Kind == LedgerKind.Escalated && e.Rule == "R-DS-1");
        }

        Assert.Equal(ids.Count, _provider.Delivered.Count(r => r.To == Worker));
    }

    private Task<HostProcess> StartHostAsync() => HostProcess.StartAsync(
    [
        $"--Hotline:Tables={azurite.ConnectionString}",
        $"--Hotline:TablePrefix={_prefix}",
        $"--Hotline:Durable:TaskHubName={_prefix}hub",
        $"--Hotline:Durable:WorkerId={_prefix}-worker",
        "--Hotline:Durable:MaxQueuePollingInterval=00:00:00.200",
        // A killed worker's messages come back after these; production keeps them well above the longest activity.
        "--Hotline:Durable:ControlQueueVisibilityTimeout=00:00:10",
        "--Hotline:Durable:WorkItemQueueVisibilityTimeout=00:00:10",
        "--Hotline:Demo=true",
        $"--Hotline:Sms:ConnectionString={_provider.ConnectionString}",
        "--Logging:LogLevel:Default=Warning",
    ]);

    private static async Task<string?> IntakeAsync(HostProcess host, string key)
    {
        using var agent = host.As("agent1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases")
        {
            Content = JsonContent.Create(new
            {
                caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
                category = "repair", summary = "卫生间漏水 " + key, receivedBy = "agent1", decision = "open", reason = "on-site-work",
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await agent.SendAsync(request);
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK ? (await response.ReadNodeAsync()).Str("id") : null;
        }
        catch (HttpRequestException)
        {
            return null; // the host died under this request
        }
    }

    private List<ProviderRequest> Tasks(string phone) =>
        [.. _provider.Delivered.Where(r => r.To == phone && r.Text.Contains("新任务", StringComparison.Ordinal))];

    private TableCaseStore Store() => new(TableStorage.CreateClient(azurite.ConnectionString), _prefix);

    /// <summary>As a write behind the orchestration's back: the acknowledge deadline (the first) moves to <paramref name="due"/>.</summary>
    private async Task MoveAcknowledgeDeadlineAsync(CaseId id, DateTimeOffset due)
    {
        var store = Store();
        var stored = (await store.GetAsync(id, CancellationToken.None))!;
        var moved = stored.State with
        {
            Deadlines = [.. stored.State.Deadlines.Select(d => d.Kind == DeadlineKind.AcknowledgeTimeout ? d with { DueUtc = due } : d)],
            Version = stored.State.Version + 1,
        };
        await store.CommitAsync(new CaseCommit(moved, stored.ETag, [], []), CancellationToken.None);
    }
}
