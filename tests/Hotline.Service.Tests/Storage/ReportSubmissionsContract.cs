using Hotline.Azure.Storage;
using Hotline.Domain.Reports.Submissions;
using Hotline.Domain.Staff;
using Hotline.Service.Reports.Submissions;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

/// <summary>R-RP-9 store: a submission saved under its version only (no lost step), its snapshot intact, reminders once.</summary>
public abstract class ReportSubmissionsContract
{
    protected abstract Task<IReportSubmissions> CreateAsync();

    internal static ReportSubmission Sample(string snapshot, int version = 1, ReportKind kind = ReportKind.Monthly, DateOnly? first = null)
    {
        var day = first ?? new DateOnly(2026, 11, 1);
        var last = kind == ReportKind.Monthly ? day.AddMonths(1).AddDays(-1) : day.AddDays(6);
        return new ReportSubmission(
            ReportSubmission.IdFor("heating-supervision", kind, day), "heating-supervision", kind, day, last, SubmissionStatus.Generated,
            StaffId.Parse("agent1"), new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 18, 2, 0, 0, TimeSpan.Zero),
            snapshot, kind == ReportKind.Monthly, null, null, null, [], version);
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task Save_OnlyAtTheExpectedVersion_KeepsTheWholeSnapshot()
    {
        var store = await CreateAsync();
        // Long enough to need several Table chunks, with Chinese text.
        var snapshot = "{\"note\":\"" + new string('督', 70_000) + "\"}";
        var first = Sample(snapshot);
        Assert.True(await store.TrySaveAsync(first, 0, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(first, 0, CancellationToken.None)); // created once

        var reviewed = first with
        {
            Status = SubmissionStatus.Reviewed, Version = 2,
            Review = new SubmissionStep(StaffId.Parse("business-head"), new DateTimeOffset(2026, 11, 19, 1, 0, 0, TimeSpan.Zero), "核对无误"),
        };
        Assert.True(await store.TrySaveAsync(reviewed, 1, CancellationToken.None));
        Assert.False(await store.TrySaveAsync(reviewed with { Status = SubmissionStatus.Returned, Version = 2 }, 1, CancellationToken.None)); // stale

        var stored = await store.GetAsync("heating-supervision", first.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal((SubmissionStatus.Reviewed, 2, "核对无误", snapshot), (stored.Status, stored.Version, stored.Review!.Comment, stored.Snapshot));
        Assert.Equal(reviewed.Review!.AtUtc, stored.Review.AtUtc);
        Assert.Null(await store.GetAsync("heating-supervision", "heating-supervision.monthly.2026-10", CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task List_NewestFirst_ByKind()
    {
        var store = await CreateAsync();
        await store.TrySaveAsync(Sample("{}"), 0, CancellationToken.None);
        await store.TrySaveAsync(Sample("{}", first: new DateOnly(2026, 12, 1)), 0, CancellationToken.None);
        await store.TrySaveAsync(Sample("{}", kind: ReportKind.Weekly, first: new DateOnly(2026, 11, 16)), 0, CancellationToken.None);

        Assert.Equal(
            ["heating-supervision.monthly.2026-12", "heating-supervision.monthly.2026-11"],
            (await store.ListAsync("heating-supervision", ReportKind.Monthly, CancellationToken.None)).Select(s => s.Id));
        Assert.Equal(3, (await store.ListAsync("heating-supervision", null, CancellationToken.None)).Count);
        Assert.Empty(await store.ListAsync("park-dispatch", null, CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "R-RP-9")]
    public async Task Reminder_RecordedOnce_ListedByPeriod()
    {
        var store = await CreateAsync();
        var reminder = new ReminderRecord(
            "heating-supervision.2026-11.roll-up-due", "heating-supervision", "2026-11", ReminderKind.RollUpDue, ["agent1"], "【报表提醒】…", new DateTimeOffset(2026, 11, 19, 0, 30, 0, TimeSpan.Zero));
        Assert.True(await store.TryAddReminderAsync(reminder, CancellationToken.None));
        Assert.False(await store.TryAddReminderAsync(reminder with { SentTo = ["agent2"] }, CancellationToken.None));

        var listed = Assert.Single(await store.RemindersAsync("heating-supervision", "2026-11", CancellationToken.None));
        Assert.Equal((reminder.Key, ReminderKind.RollUpDue, "agent1", reminder.Text), (listed.Key, listed.Kind, Assert.Single(listed.SentTo), listed.Text));
        Assert.Empty(await store.RemindersAsync("heating-supervision", "2026-12", CancellationToken.None));
    }
}

public sealed class InMemoryReportSubmissionsTests : ReportSubmissionsContract
{
    protected override Task<IReportSubmissions> CreateAsync() => Task.FromResult<IReportSubmissions>(new InMemoryReportSubmissions());
}

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableReportSubmissionsTests(AzuriteFixture azurite) : ReportSubmissionsContract
{
    protected override async Task<IReportSubmissions> CreateAsync()
    {
        var store = new TableReportSubmissions(TableStorage.CreateClient(azurite.ConnectionString), UniqueTableName.Create("r"));
        await store.CreateTablesAsync(CancellationToken.None);
        return store;
    }
}
