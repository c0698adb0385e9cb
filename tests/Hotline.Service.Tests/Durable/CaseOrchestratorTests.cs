using Hotline.Domain.Cases;
using Hotline.Domain.Staff;
using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Service.Storage;
using Hotline.Testing;
using Hotline.Testing.Durable;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Service.Tests.Durable;

/// <summary>
/// The case orchestrator on the real Durable engine (in-process test host) with its real activities: every step here
/// is replayed by the engine from history, so these also prove the orchestrator deterministic under replay.
/// </summary>
public sealed class CaseOrchestratorTests
{
    private static Actor Supervisor => TestOrg.Actor("engineering-head");

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task Started_StatusShowsCaseAndDeadline_BeforeAnySignal()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();

        await host.StartAsync(opened);

        var status = await host.WaitForStatusAsync(opened.State.Id, _ => true);
        Assert.Equal(nameof(CaseStatus.Dispatched), status.Status);
        Assert.Equal(opened.State.Version, status.Version);
        Assert.Equal(opened.State.NextWakeUtc, status.NextWakeUtc);
        Assert.Equal(0, status.Generation);
    }

    [Fact]
    public async Task Signals_AreDecidedAndCommitted_InArrivalOrder()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        await host.StartAsync(opened);

        await host.SignalAsync(id, new Acknowledge(Now, Supervisor));
        await host.SignalAsync(id, new ProgressNote(Now, Supervisor, "已联系业主"));

        var stored = await host.WaitForCaseAsync(id, c => c.State.Version == opened.State.Version + 2);
        Assert.Equal(CaseStatus.InProgress, stored.State.Status);
        var ledger = await host.LedgerAsync(id);
        Assert.Contains(ledger, e => e.Kind == LedgerKind.Acknowledged);
        Assert.Contains(ledger, e => e.Kind == LedgerKind.Progress && e.Text.Contains("已联系业主", StringComparison.Ordinal));
        var status = await host.WaitForStatusAsync(id, s => s.Version == stored.State.Version);
        Assert.Equal(nameof(CaseStatus.InProgress), status.Status);
    }

    [Fact]
    public async Task IntakeTaskSms_SentByTheOrchestrationWhenItStarts()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        Assert.Empty(host.Sms.Requests);

        await host.StartAsync(opened);

        await host.WaitForCaseAsync(opened.State.Id, _ => host.Sms.Requests.Count > 0);
        var outbox = await host.Store.OutboxAsync(opened.State.Id, CancellationToken.None);
        Assert.All(outbox.Where(m => m.Kind == OutboxKind.Sms), m => Assert.Equal(OutboxStatus.Sent, m.Status));
    }

    [Fact]
    public async Task DeadlineComes_DurableTimerFires_ClockTickCommittedWithoutAnySignal()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var stored = await host.MoveDeadlinesAsync(await host.OpenAsync(), TimeSpan.FromSeconds(2));
        var id = stored.State.Id;
        var due = stored.State.NextWakeUtc!.Value;
        var ledgerBefore = (await host.LedgerAsync(id)).Count;

        await host.StartAsync(stored);

        var ticked = await host.WaitForCaseAsync(id, c => c.State.Version > stored.State.Version);
        Assert.True(Now >= due.AddSeconds(-1), "the deadline was acted on before its time");
        Assert.True(ticked.State.NextWakeUtc > due);
        Assert.True((await host.LedgerAsync(id)).Count > ledgerBefore);
        var status = await host.WaitForStatusAsync(id, s => s.Version == ticked.State.Version);
        Assert.Equal(ticked.State.NextWakeUtc, status.TimerDueUtc);
    }

    [Fact]
    public async Task SignalWinsTheRace_PendingTimerKeptWhileTheDeadlineStands_DisarmedWhenTheCaseEnds()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var referred = await host.OpenAsync(IntakeDecision.Refer);
        var id = referred.State.Id;
        await host.StartAsync(referred);
        var armed = await host.WaitForStatusAsync(id, s => s.TimerDueUtc is not null);
        Assert.Equal(referred.State.NextWakeUtc, armed.TimerDueUtc);

        // A signal the machine refuses changes nothing: the timer already armed for the same deadline is raced again.
        await host.SignalAsync(id, new Acknowledge(Now, Supervisor));
        var refused = await host.WaitForStatusAsync(id, s => s.LastRejection is not null);
        Assert.Equal(armed.TimersArmed, refused.TimersArmed);
        Assert.Equal(armed.TimerDueUtc, refused.TimerDueUtc);

        await host.SignalAsync(id, new Decline(Now, TestOrg.Manager, "属于咨询，已电话答复"));

        var done = await host.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(armed.TimerDueUtc > Now, "the timer that lost was still far from due when the orchestration completed");
        var result = done.ReadOutputAs<CaseOrchestrationResult>()!;
        Assert.Equal(nameof(CaseStatus.Answered), result.Status);
        Assert.False(result.ContinuedAsNew);
    }

    [Fact]
    public async Task SignalsRaisedWhileACommitRuns_AreBufferedByTheEngine_AndAppliedInOrder()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        host.Store.BeforeCommit = async (_, commit) =>
        {
            if (commit.State.Id == id && commit.Ledger.Any(e => e.Kind == LedgerKind.Acknowledged))
            {
                held.TrySetResult();
                await release.Task;
            }
        };
        await host.StartAsync(opened);
        await host.SignalAsync(id, new Acknowledge(Now, Supervisor));
        await held.Task.WaitAsync(TimeSpan.FromSeconds(20));

        await host.SignalAsync(id, new ProgressNote(Now, Supervisor, "一"));
        await host.SignalAsync(id, new ProgressNote(Now, Supervisor, "二"));
        release.SetResult();

        await host.WaitForCaseAsync(id, c => c.State.Version == opened.State.Version + 3);
        var notes = (await host.LedgerAsync(id)).Where(e => e.Kind == LedgerKind.Progress).Select(e => e.Text[^1..]);
        Assert.Equal(["一", "二"], notes);
    }

    [Fact]
    public async Task EveryStep_ContinuesAsNew_CarryingTheCaseAndTheSignalNotYetApplied()
    {
        await using var host = await DurableCaseHost.StartAsync(DurableCaseHost.FastRetries with { StepsPerGeneration = 1 });
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        await host.StartAsync(opened);

        // Each generation receives a signal and hands it, unapplied, to the next one, which applies it first.
        CaseTrigger[] triggers = [new Acknowledge(Now, Supervisor), new ProgressNote(Now, Supervisor, "一"), new ProgressNote(Now, Supervisor, "二")];
        foreach (var (trigger, n) in triggers.Select((t, i) => (t, i + 1)))
        {
            await host.SignalAsync(id, trigger);
            await host.WaitForCaseAsync(id, c => c.State.Version == opened.State.Version + n);
        }

        var notes = (await host.LedgerAsync(id)).Where(e => e.Kind == LedgerKind.Progress).Select(e => e.Text[^1..]);
        Assert.Equal(["一", "二"], notes);
        var status = await host.WaitForStatusAsync(id, s => s.Version == opened.State.Version + 3 && s.TimerDueUtc is not null);
        Assert.True(status.Generation >= 3, $"generation {status.Generation}");
        Assert.Equal(1, status.TimersArmed);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(CaseOrchestrationInput.InstanceIdFor(id)))!.RuntimeStatus);
    }

    // A burst of signals across continue-as-new is tested on the Durable Task Framework over Azurite
    // (Hotline.Local.Tests ContinueAsNewTests): the in-process test host 0.2.3-preview loses events the SDK forwards to the
    // next generation, which the real backends do not.

    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task ProviderDownForTheHead_SmsRetriedWithBackoff_ThenTheCaseRecordsTheFailure_AndCallsTheImplementer()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var head = TestOrg.Member("engineering-head").Phone.E164;
        host.Sms.Script = sms => sms.To == head ? new Hotline.Service.Sms.SmsSendOutcome.TransientFailure("provider outage", null) : null;
        var opened = await host.OpenAsync();
        var id = opened.State.Id;

        await host.StartAsync(opened);

        var handed = await host.WaitForCaseAsync(id, c => c.State.Assignee == TestOrg.Id("engineering-1"), TimeSpan.FromSeconds(40));
        Assert.Equal(SmsSender.MaxAttempts, host.Sms.Requests.Count(r => r.To == head));
        var ledger = await host.LedgerAsync(id);
        Assert.Contains(ledger, e => e.Kind == LedgerKind.Notified && e.Text.Contains("provider outage", StringComparison.Ordinal));
        var failed = Assert.Single(await host.Store.OutboxAsync(id, CancellationToken.None), m => m.Recipient == "engineering-head");
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(CaseStatus.Dispatched, handed.State.Status);
        await host.WaitForCaseAsync(id, _ => host.Sms.Delivered.Any(m => m.To == TestOrg.Member("engineering-1").Phone.E164));
    }

    [Fact]
    public async Task CommitFailsTransiently_ActivityRetried_TriggerAppliedOnce()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        var failures = 0;
        host.Store.BeforeCommit = (_, commit) =>
            commit.State.Id == id && Interlocked.Increment(ref failures) <= 2
                ? throw new StorageUnavailableException("Table service unreachable (injected).")
                : Task.CompletedTask;
        await host.StartAsync(opened);

        await host.SignalAsync(id, new Acknowledge(Now, Supervisor));

        var stored = await host.WaitForCaseAsync(id, c => c.State.Status == CaseStatus.InProgress);
        Assert.Equal(opened.State.Version + 1, stored.State.Version);
        Assert.Equal(3, failures);
        Assert.Single(await host.LedgerAsync(id), e => e.Kind == LedgerKind.Acknowledged);
    }

    [Fact]
    public async Task CaseWrittenByAnotherWriter_CommitConflicts_TriggerDecidedAgainOnTheCurrentProjection()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        await host.StartAsync(opened);
        await host.WaitForStatusAsync(id, _ => true);
        await host.OtherWriter.ApplyAsync(id, new ProgressNote(Now, Supervisor, "短信回复"));

        await host.SignalAsync(id, new Acknowledge(Now, Supervisor));

        var stored = await host.WaitForCaseAsync(id, c => c.State.Status == CaseStatus.InProgress);
        Assert.Equal(opened.State.Version + 2, stored.State.Version);
        var ledger = await host.LedgerAsync(id);
        Assert.Equal(ledger.Count, ledger.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task NewerProjectionRefreshed_Adopted_TimerReArmedAtItsDeadline()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        await host.StartAsync(opened);
        await host.WaitForStatusAsync(id, s => s.TimerDueUtc is not null);
        var newer = await host.MoveDeadlinesAsync(opened, TimeSpan.FromHours(1));

        await host.Orchestrations.SignalAsync(id, new CaseSignal.Refresh(CaseSnapshot.Of(newer)), CancellationToken.None);

        var status = await host.WaitForStatusAsync(id, s => s.Version == newer.State.Version);
        Assert.Equal(newer.State.NextWakeUtc, status.TimerDueUtc);
        Assert.Equal(2, status.TimersArmed);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public async Task RecordOnAClosedCase_FinishedOrchestrationRunsOnceMore_CommitsItAndEnds()
    {
        await using var host = await DurableCaseHost.StartAsync();
        var opened = await host.OpenAsync();
        var id = opened.State.Id;
        await host.StartAsync(opened);
        await host.SignalAsync(id, new Acknowledge(Now, Supervisor));
        await host.SignalAsync(id, new Complete(Now, Supervisor, EvidenceKind.ServiceSlip, "FW-9", "已修好"));
        await host.SignalAsync(id, new SlipCopyReceived(Now, TestOrg.Agent));
        await host.WaitForCompletionAsync(id);
        var closed = await host.CaseAsync(id);
        Assert.Equal(CaseStatus.Closed, closed.State.Status);

        // The quality office records an escalation to the media after the case ended: the driver starts a short run for it.
        var driver = new OrchestratedCaseDriver(host.Store, host.Services.GetRequiredService<ProfileRegistry>(), host.Orchestrations);
        var result = await driver.ApplyAsync(
            id, _ => new RecordAccountability(Now, TestOrg.Actor("qa"), TestOrg.Id("engineering-head"), Hotline.Domain.Kpi.AccountabilityKind.EscalatedToGovernmentOrMedia, "业主向媒体反映"),
            CancellationToken.None);

        Assert.IsType<RunResult.Applied>(result);
        var recorded = await host.WaitForCaseAsync(id, c => c.State.Version == closed.State.Version + 1);
        Assert.Single(recorded.State.Accountability);
        Assert.Contains(await host.LedgerAsync(id), e => e.Rule == "R-RP-7" && e.By == TestOrg.Id("qa"));
        var done = await host.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
    }
}
