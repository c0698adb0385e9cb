using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Testing;

namespace Hotline.Service.Tests.Orchestration;

public sealed class CaseCommitterTests
{
    private static async Task<(CaseHarness H, CommitRequest Request)> TickAsync()
    {
        var h = await CaseHarness.OpenAsync();
        var decision = Assert.IsType<Decision.Accepted>(CaseMachine.Decide(h.Opened.State, new ClockTick(h.FirstWake), h.Profiles.Get(h.Opened.State.ProfileId)));
        return (h, new CommitRequest(CaseSnapshot.Of(h.Opened), decision.State, decision.Commands, h.FirstWake));
    }

    [Fact]
    public async Task Commit_WritesProjectionLedgerAndOutbox()
    {
        var (h, request) = await TickAsync();

        var outcome = await h.Committer.CommitAsync(request, CancellationToken.None);

        Assert.True(outcome.Committed);
        Assert.Equal(request.State.Version, outcome.Case.State.Version);
        Assert.NotEqual(h.Opened.ETag, outcome.Case.ETag);
        Assert.Equal(request.State.LedgerCount, (await h.LedgerAsync()).Count);
        var outbox = await h.Store.OutboxAsync(h.Id, CancellationToken.None);
        Assert.Equal(request.Commands.OfType<Notify>().Count(), outbox.Count(m => m.Sequence / 100 == request.State.Version));
    }

    [Fact]
    public async Task ActivityRetriedAfterItsCommitLanded_CountsAsCommitted()
    {
        var (h, request) = await TickAsync();
        await h.Committer.CommitAsync(request, CancellationToken.None);

        var again = await h.Committer.CommitAsync(request, CancellationToken.None);

        Assert.True(again.Committed);
        Assert.Equal((await h.StoredAsync()).ETag, again.Case.ETag);
        Assert.Equal(request.State.LedgerCount, (await h.LedgerAsync()).Count);
    }

    [Fact]
    public async Task CaseWrittenMeanwhile_NotCommitted_CurrentProjectionReturned()
    {
        var (h, request) = await TickAsync();
        await h.OtherWriter.ApplyAsync(h.Id, new Acknowledge(CaseHarness.Start.AddMinutes(1), TestOrg.Actor("engineering-head")));

        var outcome = await h.Committer.CommitAsync(request, CancellationToken.None);

        Assert.False(outcome.Committed);
        Assert.Equal(await h.StoredAsync(), new Hotline.Service.Storage.StoredCase(outcome.Case.State, outcome.Case.ETag));
        Assert.Equal(CaseStatus.InProgress, outcome.Case.State.Status);
    }
}
