using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Orchestration;
using Hotline.Service.Storage;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Local.Tests.Faults;

/// <summary>
/// Signals raised while a case's orchestration is busy are buffered by the engine and, when the generation ends, carried
/// into the next one (preserveUnprocessedEvents). The in-process test host loses them at that point; the Durable Task
/// Framework over Azure Storage — what the local host and Durable Functions run — must not.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class ContinueAsNewTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SignalsInABurst_AcrossGenerations_NoneLost_AppliedInOrder()
    {
        using var host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("can"), LocalHost.Friday1400, "--Hotline:StepsPerGeneration=2");
        using var agent = host.As("agent1");
        var id = CaseId.Parse((await agent.PostOkAsync("/api/cases", new
        {
            caller = new { name = "张三丰", phone = "13912345678", address = "3栋1201", property = "阳光园区" },
            category = "repair", summary = "卫生间漏水", receivedBy = "agent1", decision = "open", reason = "on-site-work",
        })).Str("id"));
        await host.WaitForOutboxAsync(id.Value);
        var store = host.Services.GetRequiredService<ICaseStore>();
        var opened = (await store.GetAsync(id, CancellationToken.None))!;
        var orchestrations = host.Services.GetRequiredService<ICaseOrchestrations>();
        var head = TestOrg.Actor("engineering-head");
        var at = LocalHost.Friday1400.AddMinutes(1);

        await orchestrations.SignalAsync(id, new CaseSignal.Apply(new Acknowledge(at, head)), CancellationToken.None);
        foreach (var n in new[] { "一", "二", "三", "四", "五", "六" })
        {
            await orchestrations.SignalAsync(id, new CaseSignal.Apply(new ProgressNote(at, head, n)), CancellationToken.None);
        }

        await host.WaitForCaseAsync(id.Value, c => c["version"]!.GetValue<int>() == opened.State.Version + 7);
        var notes = (await store.GetLedgerAsync(id, CancellationToken.None)).Where(e => e.Kind == LedgerKind.Progress).Select(e => e.Text[^1..]);
        Assert.Equal(["一", "二", "三", "四", "五", "六"], notes);
        var status = await orchestrations.GetAsync(id, CancellationToken.None);
        Assert.Contains("\"Generation\":", status!.CustomStatus, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Generation\":0", status.CustomStatus, StringComparison.Ordinal);
    }
}
