using Hotline.Azure.Storage;
using Hotline.Domain.Reports.QualityChecks;
using Hotline.Domain.Reports.Schedule;
using Hotline.Domain.Staff;
using Hotline.Service.Reports.QualityChecks;
using Hotline.Service.Reports.Schedule;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

/// <summary>
/// The scheduled snapshots and the weekly quality checks: create-if-absent (a second insert of the same period or week is
/// refused and changes nothing — what keeps two hosts from storing a period twice), read back whole, listed newest first.
/// </summary>
public abstract class ReportScheduleStoresContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 0, 5, 0, TimeSpan.FromHours(8));

    protected abstract Task<(IReportSnapshots Snapshots, IQualityChecks Checks)> CreateAsync();

    private static ReportSnapshot Snapshot(DateOnly first, SnapshotKind kind, string figures) => new(
        ReportSnapshot.IdFor("heating-supervision", kind, first), "heating-supervision", kind, first, first.AddMonths(1).AddDays(-1), At.AddMinutes(-5), At, figures);

    [Fact]
    [Trait("Rule", "R-RP-4")]
    public async Task Snapshot_StoredOnce_ReadBackWhole()
    {
        var (store, _) = await CreateAsync();
        var figures = """{"note":"供热""" + new string('x', 70_000) + "\"}";
        var november = Snapshot(new DateOnly(2026, 11, 1), SnapshotKind.Monthly, figures);
        Assert.True(await store.TryAddAsync(november, CancellationToken.None));
        Assert.False(await store.TryAddAsync(november with { Figures = "{}" }, CancellationToken.None));
        Assert.True(await store.TryAddAsync(Snapshot(new DateOnly(2026, 10, 1), SnapshotKind.Monthly, "{}"), CancellationToken.None));

        var read = await store.GetAsync("heating-supervision", "heating-supervision.monthly.2026-11", CancellationToken.None);
        Assert.Equal(november, read);
        Assert.Null(await store.GetAsync("heating-supervision", "heating-supervision.monthly.2026-09", CancellationToken.None));
        Assert.Equal(["2026-11", "2026-10"], (await store.ListAsync("heating-supervision", SnapshotKind.Monthly, CancellationToken.None)).Select(s => s.Period));
        Assert.Empty(await store.ListAsync("heating-supervision", SnapshotKind.Daily, CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "R-RP-1")]
    public async Task QualityCheck_OncePerWeek_ReminderOncePerKey()
    {
        var (_, store) = await CreateAsync();
        var check = new WeeklyQualityCheck("park-dispatch", new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22), "记录齐全", StaffId.Parse("mgr"), new DateOnly(2026, 11, 20), At);
        Assert.True(await store.TryAddAsync(check, CancellationToken.None));
        Assert.False(await store.TryAddAsync(check with { Findings = "改写" }, CancellationToken.None));
        Assert.Equal(check, await store.GetAsync("park-dispatch", new DateOnly(2026, 11, 16), CancellationToken.None));
        Assert.Null(await store.GetAsync("park-dispatch", new DateOnly(2026, 11, 23), CancellationToken.None));

        var key = QualityCheckReminder.KeyFor("park-dispatch", new DateOnly(2026, 11, 9));
        Assert.False(await store.ReminderSentAsync("park-dispatch", key, CancellationToken.None));
        var reminder = new QualityCheckReminderRecord(key, "park-dispatch", new DateOnly(2026, 11, 9), ["mgr"], "提醒", At);
        Assert.True(await store.TryAddReminderAsync(reminder, CancellationToken.None));
        Assert.False(await store.TryAddReminderAsync(reminder, CancellationToken.None));
        Assert.True(await store.ReminderSentAsync("park-dispatch", key, CancellationToken.None));

        // Reminders are not checks.
        Assert.Equal([check], await store.ListAsync("park-dispatch", CancellationToken.None));
    }
}

public sealed class InMemoryReportScheduleStoresTests : ReportScheduleStoresContract
{
    protected override Task<(IReportSnapshots, IQualityChecks)> CreateAsync() =>
        Task.FromResult<(IReportSnapshots, IQualityChecks)>((new InMemoryReportSnapshots(), new InMemoryQualityChecks()));
}

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableReportScheduleStoresTests(AzuriteFixture azurite) : ReportScheduleStoresContract
{
    protected override async Task<(IReportSnapshots, IQualityChecks)> CreateAsync()
    {
        var client = TableStorage.CreateClient(azurite.ConnectionString);
        var snapshots = new TableReportSnapshots(client, UniqueTableName.Create("s"));
        await snapshots.CreateTableAsync(CancellationToken.None);
        var checks = new TableQualityChecks(client, UniqueTableName.Create("q"));
        await checks.CreateTableAsync(CancellationToken.None);
        return (snapshots, checks);
    }
}
