using Hotline.Domain.Cases;
using Hotline.Domain.Reports;
using Hotline.Domain.Staff;
using Hotline.Service.Storage;
using Hotline.Service.Storage.Reports;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>
/// The report projection every case store keeps (issue 11 item 6): written with each commit, keyed for the reports,
/// guarded by the case version. The reports read it instead of scanning cases (R-RP-1 monthly summary, R-RP-6 daily report).
/// </summary>
public abstract partial class CaseStoreContract
{
    private static readonly DateTimeOffset MarchStart = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AprilStart = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Projection_Received_HoldsTheMonthsCasesOfTheProfile_AsLastCommitted()
    {
        var store = await CreateStoreAsync();
        var reports = (IReportProjections)store;
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        await store.CommitAsync(Update(created, acknowledged), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday.AddMonths(1))), None); // April: not March's
        var other = Intake(Id(3), Monday);
        await store.CommitAsync(Create(other) with { State = other.State with { ProfileId = "gm-hotline" } }, None);

        var march = await reports.ReceivedAsync(Profile.Id, MarchStart, AprilStart, None);

        var only = Assert.Single(march);
        Assert.Equal(Json(acknowledged.State), Json(only.State));
        var ledger = await store.GetLedgerAsync(Id(1), None);
        Assert.Contains(ledger.First(e => e.Kind == LedgerKind.Opened), only.Ledger!);
        Assert.Equal(ledger[^1], only.Ledger![^1]);
        Assert.Empty(await reports.ReceivedAsync(Profile.Id, MarchStart, Monday, None));
    }

    [Fact]
    [Trait("Rule", "R-RP-6")]
    public async Task Projection_Active_FollowsTheCaseFromOpenToClosed()
    {
        var store = await CreateStoreAsync();
        var reports = (IReportProjections)store;
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday, decision: IntakeDecision.Answered)), None);

        Assert.Equal([Id(1)], (await reports.ActiveAsync(Profile.Id, Monday, AprilStart, None)).Select(c => c.State.Id));

        var closedAt = Monday.AddDays(3);
        var closed = intake.State with
        {
            Status = CaseStatus.Closed,
            Version = intake.State.Version + 1,
            Closure = new ClosureRecord(ClosureOutcome.Resolved, "已修复", null, StaffId.Parse("agent1"), closedAt),
        };
        await store.CommitAsync(new CaseCommit(closed, created.ETag, [], []), None);

        var since = Assert.Single(await reports.ActiveAsync(Profile.Id, Monday, AprilStart, None));
        Assert.Equal(closed.Version, since.State.Version);
        Assert.Empty(await reports.ActiveAsync(Profile.Id, closedAt.AddMinutes(1), AprilStart, None)); // no open row left behind
        Assert.Equal(2, (await reports.ReceivedAsync(Profile.Id, MarchStart, AprilStart, None)).Count);
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Projection_AnOlderVersionWrittenLate_NeverReplacesTheNewer()
    {
        var store = await CreateStoreAsync();
        var reports = (IReportProjections)store;
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        await store.CommitAsync(Update(created, acknowledged), None);

        // The first commit's projection write arrives after the second's (a delayed writer, a retry).
        await reports.ProjectAsync(intake.State, Ledger(intake), None);
        // The same commit twice is the same projection.
        await reports.ProjectAsync(acknowledged.State, Ledger(acknowledged), None);

        var read = Assert.Single(await reports.ReceivedAsync(Profile.Id, MarchStart, AprilStart, None));
        Assert.Equal(Json(acknowledged.State), Json(read.State));
        Assert.Equal(ReportProjection.Of(acknowledged.State, await store.GetLedgerAsync(Id(1), None)).Lines, read.Ledger);
        Assert.Single(await reports.ActiveAsync(Profile.Id, Monday, AprilStart, None));
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task Projection_Rebuild_RewritesItFromTheCase()
    {
        var store = await CreateStoreAsync();
        var reports = (IReportProjections)store;
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        await store.CommitAsync(Update(created, acknowledged), None);

        await reports.RebuildAsync(Id(1), None);
        await reports.RebuildAsync(Id(404), None);

        var read = Assert.Single(await reports.ReceivedAsync(Profile.Id, MarchStart, AprilStart, None));
        Assert.Equal(Json(acknowledged.State), Json(read.State));
        Assert.Equal(ReportProjection.Of(acknowledged.State, await store.GetLedgerAsync(Id(1), None)).Lines, read.Ledger);
    }
}
