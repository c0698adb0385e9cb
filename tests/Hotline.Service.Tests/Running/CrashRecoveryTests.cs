using Hotline.Domain.Cases;
using Hotline.Domain.Callers;
using Hotline.Domain.Profiles;
using Hotline.Service.Cases;
using Hotline.Service.Directory;
using Hotline.Service.Running;
using Hotline.Service.Storage;
using Hotline.Testing;

namespace Hotline.Service.Tests.Running;

/// <summary>
/// The durable local runner survives being killed at any storage operation of a whole case lifecycle: for every
/// crash point (before and after the operation reaches storage) a restarted process finishes the lifecycle with the
/// same ledger as an uninterrupted run, every SMS sent, and no SMS delivered twice by the provider.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 14, 0, 0, TimeSpan.FromHours(8));

    private sealed record Outcome(CaseState State, IReadOnlyList<LedgerEntry> Ledger, IReadOnlyList<OutboxMessage> Outbox, RecordingProvider Provider, int Operations);

    [Fact]
    [Trait("Rule", "R-FU-1")]
    [Trait("Rule", "R-FU-2")]
    public async Task EveryCrashPoint_RestartFinishesLifecycle_NothingLostNothingSentTwice()
    {
        var baseline = await RunAsync(crashAt: int.MaxValue, afterApplying: false);
        Assert.Equal(CaseStatus.Closed, baseline.State.Status);
        Assert.Contains(baseline.Ledger, e => e.Rule == "R-FU-1");
        Assert.Contains(baseline.Ledger, e => e.Rule == "R-FU-2" && e.Kind == LedgerKind.Escalated);

        for (var crashAt = 1; crashAt <= baseline.Operations; crashAt++)
        {
            foreach (var after in new[] { false, true })
            {
                var run = await RunAsync(crashAt, after);
                var label = $"crash {(after ? "after" : "before")} operation {crashAt}";
                Assert.True(run.State.Status == CaseStatus.Closed, label);
                Assert.Equal(Describe(baseline.Ledger), Describe(run.Ledger));
                Assert.All(run.Outbox, m => Assert.True(m.Status == OutboxStatus.Sent, $"{label}: {m.Id} {m.Status}"));
                Assert.Equal(baseline.Outbox.Count, run.Outbox.Count);
                Assert.Equal(run.Outbox.Count, run.Provider.Delivered.Count);
                Assert.Equal(run.Outbox.Select(m => m.Id).Order(), run.Provider.Delivered.Select(d => d.OutboxId).Order());
            }
        }
    }

    [Fact]
    [Trait("Rule", "R-FU-1")]
    public async Task TwoRunners_SameStorage_ApplyEachWakeUpOnce()
    {
        var store = new InMemoryCaseStore();
        var directory = await Node.DirectoryAsync();
        var provider = new RecordingProvider();
        var clock = new ManualTimeProvider(Start);
        var a = new Node(store, directory, provider, clock);
        var b = new Node(store, directory, provider, clock);
        var id = await OpenAsync(a, "k");
        clock.Advance(TimeSpan.FromHours(2));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).Scheduler.RunUntilQuietAsync(CancellationToken.None)));

        var ledger = await store.GetLedgerAsync(id, CancellationToken.None);
        Assert.Single(ledger, e => e.Rule == "R-FU-1" && e.Kind == LedgerKind.FollowUp);
        Assert.Equal(ledger.Count, ledger.Select(e => e.Sequence).Distinct().Count());
        var outbox = await store.OutboxAsync(id, CancellationToken.None);
        Assert.Equal(outbox.Count, provider.Delivered.Count);
    }

    private static async Task<Outcome> RunAsync(int crashAt, bool afterApplying)
    {
        var inner = new InMemoryCaseStore();
        var directory = await Node.DirectoryAsync();
        var provider = new RecordingProvider();
        var clock = new ManualTimeProvider(Start);
        var crashing = new CrashingStore(inner, crashAt, afterApplying);
        var node = new Node(crashing, directory, provider, clock);
        var restarted = new Node(inner, directory, provider, clock);
        CaseId id = default;

        // Each step is what a client or the clock does; after a crash the step is retried on the restarted node.
        var steps = new List<Func<Node, Task>>
        {
            async n => id = await OpenAsync(n, "intake-1"),
            n => AdvanceAsync(n, clock, Start.AddHours(2)),
            n => AdvanceAsync(n, clock, new DateTimeOffset(2026, 11, 23, 17, 31, 0, TimeSpan.FromHours(8))),
            Signal(() => id, inner, clock, at => new Acknowledge(at, TestOrg.Actor("engineering-head"))),
            Signal(() => id, inner, clock, at => new Complete(at, TestOrg.Actor("engineering-head"), EvidenceKind.ServiceSlip, "FW-1", "换了阀门")),
            Signal(() => id, inner, clock, at => new RevisitResult(at, TestOrg.Agent, RevisitStage.Closing, Domain.SatisfactionRating.Satisfied, "满意", null)),
            n => AdvanceAsync(n, clock, clock.GetUtcNow().AddMinutes(5)),
        };
        foreach (var step in steps)
        {
            try
            {
                await step(crashing.Crashed ? restarted : node);
            }
            catch (SimulatedCrashException)
            {
                await step(restarted);
            }
        }

        var stored = await inner.GetAsync(id, CancellationToken.None);
        var operations = crashAt == int.MaxValue ? CountOperations(crashing) : 0;
        return new Outcome(stored!.State, await inner.GetLedgerAsync(id, CancellationToken.None), await inner.OutboxAsync(id, CancellationToken.None), provider, operations);
    }

    private static int CountOperations(CrashingStore store) =>
        (int)typeof(CrashingStore).GetField("_operations", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(store)!;

    internal static async Task<CaseId> OpenAsync(Node node, string key)
    {
        var profile = ProfileCatalog.BuiltIn[ProfileCatalog.ParkDispatch];
        var caller = new Caller("张三丰", PhoneNumber.Parse("13912345678"), "3栋1201", "阳光园区");
        var request = new IntakeRequest(profile, caller, Channel.Phone, "repair", Urgency.Normal, "卫生间漏水", null, IntakeDecision.Open, OpenReason.OnSiteWork);
        var result = await node.Intake.OpenAsync(request, Node.Agent, key, CancellationToken.None);
        return Assert.IsType<RunResult.Applied>(result.Result).State.Id;
    }

    private static async Task AdvanceAsync(Node node, ManualTimeProvider clock, DateTimeOffset to)
    {
        if (to > clock.GetUtcNow())
        {
            clock.SetUtcNow(to);
        }

        await node.Scheduler.RunUntilQuietAsync(CancellationToken.None);
    }

    /// <summary>
    /// A client whose call died re-reads the case and sends the signal again only when its change did not land
    /// (the version it first saw is still there); then the runner's loop runs.
    /// </summary>
    private static Func<Node, Task> Signal(Func<CaseId> id, ICaseStore storage, ManualTimeProvider clock, Func<DateTimeOffset, CaseTrigger> trigger)
    {
        int? seen = null;
        return async node =>
        {
            var version = (await storage.GetAsync(id(), CancellationToken.None))!.State.Version;
            seen ??= version;
            if (version == seen)
            {
                Assert.IsType<RunResult.Applied>(await node.Runner.ApplyAsync(id(), _ => trigger(clock.GetUtcNow()), CancellationToken.None));
            }

            await node.Scheduler.RunUntilQuietAsync(CancellationToken.None);
        };
    }

    private static string Describe(IReadOnlyList<LedgerEntry> ledger) =>
        string.Join('\n', ledger.OrderBy(e => e.Sequence).Select(e => $"{e.Sequence} {e.AtUtc:O} {e.Kind} {e.Rule} {e.Text}"));
}
