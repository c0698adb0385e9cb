using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Testing;

namespace Hotline.Service.Tests.Orchestration;

public sealed class CaseLoopTests
{
    [Fact]
    public async Task NoSignal_TimerFiresAtNextWake_ClockTickCommitted()
    {
        var h = await LoopHarness.OpenAsync();
        var port = h.Port();

        var result = port.Run(h.Loop(), h.Input, until: h.FirstWake);

        Assert.Null(result);
        Assert.Equal(["wait-signal", $"timer {h.FirstWake:O}", $"timer-fired {h.FirstWake:O}", "cancel wait-signal"], port.Commands.Take(4));
        var commit = Assert.Single(port.Commits);
        Assert.Equal(h.Opened.ETag, commit.Before.ETag);
        Assert.Equal(h.FirstWake, commit.AtUtc);
        var stored = await h.StoredAsync();
        Assert.Equal(h.Opened.State.Version + 1, stored.State.Version);
        Assert.True(stored.State.NextWakeUtc > h.FirstWake);
        Assert.Equal($"timer {stored.State.NextWakeUtc:O}", port.Commands[^1]);
    }

    [Fact]
    public async Task SignalBeforeDeadline_WinsTheRace_TimerCancelledAndSignalCommitted()
    {
        var h = await LoopHarness.OpenAsync();
        var at = h.FirstWake.AddMinutes(-5);
        var port = h.Port().Arrive(at, LoopHarness.Ack(at));

        port.Run(h.Loop(), h.Input, until: at);

        Assert.Equal(["wait-signal", $"timer {h.FirstWake:O}"], port.Commands.Take(2));
        Assert.StartsWith("signal ", port.Commands[2], StringComparison.Ordinal);
        Assert.Equal($"cancel timer {h.FirstWake:O}", port.Commands[3]);
        Assert.StartsWith("commit ", port.Commands[4], StringComparison.Ordinal);
        Assert.Equal(CaseStatus.InProgress, (await h.StoredAsync()).State.Status);
        Assert.Contains(await h.LedgerAsync(), e => e.Kind == LedgerKind.Acknowledged);
    }

    [Fact]
    public async Task TimerFiresAsSignalArrives_BothInOneBatch_SignalAppliedNotLost()
    {
        var h = await LoopHarness.OpenAsync();
        var port = h.Port().Arrive(h.FirstWake, LoopHarness.Ack(h.FirstWake));

        port.Run(h.Loop(), h.Input, until: h.FirstWake);

        // Both completed before the loop resumed: nothing is cancelled but the new waits, the signal is applied first.
        Assert.Equal($"timer-fired {h.FirstWake:O}", port.Commands[2]);
        Assert.StartsWith("signal ", port.Commands[3], StringComparison.Ordinal);
        Assert.DoesNotContain(port.Commands.Take(5), c => c.StartsWith("cancel", StringComparison.Ordinal));
        Assert.Single(await h.LedgerAsync(), e => e.Kind == LedgerKind.Acknowledged);
        var stored = await h.StoredAsync();
        Assert.Equal(CaseStatus.InProgress, stored.State.Status);
        Assert.All(port.Commits, c => Assert.Equal(h.FirstWake, c.AtUtc));
    }

    [Fact]
    public async Task SignalsArrivingWhileBusy_AreBuffered_AppliedInArrivalOrder()
    {
        var h = await LoopHarness.OpenAsync();
        var at = LoopHarness.Start.AddMinutes(10);
        var port = h.Port().Arrive(at, LoopHarness.Ack(at)).Arrive(at, LoopHarness.Progress(at, "已联系业主"));
        port.DuringCommit = (p, r) =>
        {
            if (p.Commits.Count == 1)
            {
                p.ArriveNow(LoopHarness.Progress(at, "材料已到"));
            }
        };

        port.Run(h.Loop(), h.Input, until: at);

        Assert.Equal(2, port.Commands.Count(c => c.StartsWith("signal (buffered)", StringComparison.Ordinal)));
        Assert.Equal(3, port.Commits.Count);
        var progress = (await h.LedgerAsync()).Where(e => e.Kind == LedgerKind.Progress).Select(e => e.Text).ToList();
        Assert.Equal(2, progress.Count);
        Assert.Contains("已联系业主", progress[0], StringComparison.Ordinal);
        Assert.Contains("材料已到", progress[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_SameHistory_IssuesTheSameCommands()
    {
        var h = await LoopHarness.OpenAsync();
        var ack = LoopHarness.Start.AddMinutes(30);
        var until = LoopHarness.Start.AddDays(9);
        var first = h.Port().Arrive(ack, LoopHarness.Ack(ack)).Arrive(ack.AddHours(3), LoopHarness.Progress(ack.AddHours(3), "进行中"));
        first.Run(h.Loop(), h.Input, until);

        var replay = first.Replay();
        replay.Run(h.Loop(), h.Input, until);

        Assert.True(first.Commits.Count >= 3, string.Join(Environment.NewLine, first.Commands));
        Assert.Equal(first.Commands, replay.Commands);
        Assert.Equal(first.Statuses, replay.Statuses);
    }

    [Fact]
    public async Task EveryNSteps_ContinuesAsNew_CarryingStateAndUnappliedSignals()
    {
        var h = await LoopHarness.OpenAsync();
        var at = LoopHarness.Start.AddMinutes(5);
        var last = LoopHarness.Progress(at, "二");
        var port = h.Port()
            .Arrive(at, LoopHarness.Ack(at))
            .Arrive(at, LoopHarness.Progress(at, "一"))
            .Arrive(at, last);

        var result = port.Run(h.Loop(stepsPerGeneration: 3), h.Input, until: at);

        Assert.NotNull(result);
        Assert.True(result.ContinuedAsNew);
        var next = port.ContinuedWith!;
        Assert.Equal(1, next.Generation);
        Assert.Equal((await h.StoredAsync()).ETag, next.Case.ETag);
        var carried = Assert.IsType<CaseSignal.Apply>(Assert.Single(next.Pending));
        Assert.Equal("一", Assert.IsType<ProgressNote>(carried.Trigger).Text);

        // The next generation starts from its (serialized) input and applies the carried signal first, then the one
        // Durable kept for it (preserveUnprocessedEvents), in arrival order.
        var input = OrchestrationJson.Read<CaseOrchestrationInput>(OrchestrationJson.Write(next));
        var second = h.Port();
        second.ArriveNow(last);
        second.Run(h.Loop(stepsPerGeneration: 3), input, until: at);
        Assert.StartsWith("commit ", second.Commands[0], StringComparison.Ordinal);
        Assert.Equal(["一", "二"], (await h.LedgerAsync()).Where(e => e.Kind == LedgerKind.Progress).Select(e => e.Text[^1..]));
    }

    [Fact]
    public async Task CaseWrittenByAnotherWriter_CommitConflicts_TriggerDecidedAgainOnCurrentProjection()
    {
        var h = await LoopHarness.OpenAsync();
        await h.Runner.ApplyAsync(h.Id, _ => new ProgressNote(LoopHarness.Start.AddMinutes(1), TestOrg.Actor("engineering-head"), "短信回复"), CancellationToken.None);
        var at = LoopHarness.Start.AddMinutes(5);
        var port = h.Port().Arrive(at, LoopHarness.Ack(at));

        port.Run(h.Loop(), h.Input, until: at);

        Assert.Equal(2, port.Commits.Count);
        Assert.False(port.Outcomes[0].Committed);
        Assert.True(port.Outcomes[1].Committed);
        Assert.Equal(h.Opened.State.Version + 2, (await h.StoredAsync()).State.Version);
        var ledger = await h.LedgerAsync();
        Assert.Equal(ledger.Count, ledger.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task RejectedSignal_NothingCommitted_RejectionShownInStatus()
    {
        var h = await LoopHarness.OpenAsync();
        var at = LoopHarness.Start.AddMinutes(5);
        var port = h.Port().Arrive(at, new CaseSignal.Apply(new Intake(at, TestOrg.Agent, h.Id, h.Opened.State.Caller, Channel.Phone, "repair",
            Urgency.Normal, "重复", null, IntakeDecision.Open, null, new CaseTeam())));

        port.Run(h.Loop(), h.Input, until: at);

        Assert.Empty(port.Commits);
        Assert.Contains(Rejection.Invalid, port.Statuses[^1].LastRejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewerProjectionRefreshed_Adopted_TimerReArmedAtItsDeadline()
    {
        var h = await LoopHarness.OpenAsync();
        await h.Runner.ApplyAsync(h.Id, _ => new Acknowledge(LoopHarness.Start.AddMinutes(1), TestOrg.Actor("engineering-head")), CancellationToken.None);
        var newer = await h.StoredAsync();
        var at = LoopHarness.Start.AddMinutes(2);
        var port = h.Port().Arrive(at, new CaseSignal.Refresh(CaseSnapshot.Of(newer)));

        port.Run(h.Loop(), h.Input, until: at);

        Assert.Empty(port.Commits);
        Assert.Equal($"timer {newer.State.NextWakeUtc:O}", port.Commands[^1]);
        Assert.Equal(newer.State.Version, port.Statuses[^1].Version);
    }

    [Fact]
    public async Task TerminalCase_LoopEnds()
    {
        var h = await LoopHarness.OpenAsync();
        var closed = h.Opened.State with { Status = CaseStatus.Closed, Deadlines = [] };

        var result = h.Port().Run(h.Loop(), new CaseOrchestrationInput(new CaseSnapshot(closed, h.Opened.ETag)), until: LoopHarness.Start);

        Assert.NotNull(result);
        Assert.False(result.ContinuedAsNew);
        Assert.Equal(nameof(CaseStatus.Closed), result.Status);
    }
}
