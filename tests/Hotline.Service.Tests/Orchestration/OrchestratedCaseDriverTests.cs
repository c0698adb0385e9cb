using Hotline.Domain.Cases;
using Hotline.Service.Orchestration;
using Hotline.Service.Cases;
using Hotline.Testing;

namespace Hotline.Service.Tests.Orchestration;

/// <summary>In Azure a trigger is checked on the projection, then raised to the orchestration; nothing is committed here.</summary>
public sealed class OrchestratedCaseDriverTests
{
    [Fact]
    [Trait("Rule", "R-DS-1")]
    public async Task Accepted_IsRaisedToTheOrchestration_NotCommitted()
    {
        var h = await CaseHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();
        var driver = new OrchestratedCaseDriver(h.Store, h.Profiles, orchestrations, new Hotline.Service.Api.ApiOptions { CommitWait = TimeSpan.Zero });
        var before = (await h.StoredAsync()).State.Version;

        var result = await driver.ApplyAsync(h.Id, _ => new Acknowledge(h.Clock.GetUtcNow(), TestOrg.Actor("engineering-head")), CancellationToken.None);

        var queued = Assert.IsType<RunResult.Queued>(result);
        Assert.Equal(CaseStatus.InProgress, queued.Expected.Status);
        Assert.IsType<CaseSignal.Apply>(Assert.Single(orchestrations.Signals).Signal);
        Assert.Equal(before, (await h.StoredAsync()).State.Version);
    }

    [Fact]
    [Trait("Rule", "R-CL-6")]
    public async Task Rejected_IsAnsweredNow_AndNothingIsRaised()
    {
        var h = await CaseHarness.OpenAsync();
        var orchestrations = new RecordingOrchestrations();
        var driver = new OrchestratedCaseDriver(h.Store, h.Profiles, orchestrations, new Hotline.Service.Api.ApiOptions { CommitWait = TimeSpan.Zero });

        var result = await driver.ApplyAsync(h.Id, _ => new Close(h.Clock.GetUtcNow(), TestOrg.Agent), CancellationToken.None);

        Assert.Equal("R-CL-6", Assert.IsType<RunResult.Rejected>(result).Rule);
        Assert.Empty(orchestrations.Signals);
    }

    [Fact]
    [Trait("Rule", "R-RP-7")]
    public async Task RecordOnAClosedCase_StartsAShortRunWithTheSignal_NeverWritesItself()
    {
        var h = await CaseHarness.OpenAsync();
        var at = h.Clock.GetUtcNow();
        await h.OtherWriter.ApplyAsync(h.Id, new Acknowledge(at.AddMinutes(5), TestOrg.Actor("engineering-head")));
        await h.OtherWriter.ApplyAsync(h.Id, new Complete(at.AddHours(1), TestOrg.Actor("engineering-head"), EvidenceKind.ServiceSlip, "FW-9", "已修好"));
        await h.OtherWriter.ApplyAsync(h.Id, new SlipCopyReceived(at.AddHours(2), TestOrg.Agent));
        var closed = await h.StoredAsync();
        Assert.Equal(CaseStatus.Closed, closed.State.Status);
        var orchestrations = new RecordingOrchestrations();
        var driver = new OrchestratedCaseDriver(h.Store, h.Profiles, orchestrations, new Hotline.Service.Api.ApiOptions { CommitWait = TimeSpan.Zero });

        var result = await driver.ApplyAsync(
            h.Id,
            _ => new RecordAccountability(at.AddDays(2), TestOrg.Actor("qa"), TestOrg.Id("engineering-1"), Hotline.Domain.Kpi.AccountabilityKind.EscalatedToGovernmentOrMedia, "业主向媒体反映"),
            CancellationToken.None);

        // The orchestration stays the one writer: the run is started with the signal pending, nothing is committed here.
        Assert.IsType<RunResult.Queued>(result);
        var started = Assert.Single(orchestrations.Started);
        var pending = Assert.IsType<CaseSignal.Apply>(Assert.Single(started.Pending));
        Assert.IsType<RecordAccountability>(pending.Trigger);
        Assert.Empty(orchestrations.Signals);
        Assert.Equal(closed.State.Version, (await h.StoredAsync()).State.Version);
    }
}
