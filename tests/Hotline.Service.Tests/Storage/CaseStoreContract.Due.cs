using Hotline.Domain.Cases;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task Due_BeforeTheDeadline_IsEmpty_AtIt_ReturnsTheCase()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake), None);
        var deadline = intake.State.NextWakeUtc!.Value;

        Assert.Empty(await store.DueAsync(deadline.AddSeconds(-1), 10, None));
        var due = Assert.Single(await store.DueAsync(deadline, 10, None));
        Assert.Equal(Json(intake.State), Json(due));
    }

    [Fact]
    public async Task Due_AfterACommitMovedTheDeadline_FollowsTheNewOne()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        Assert.True(acknowledged.State.NextWakeUtc > intake.State.NextWakeUtc, "acknowledging should move the first deadline later");

        await store.CommitAsync(Update(created, acknowledged), None);

        Assert.Empty(await store.DueAsync(intake.State.NextWakeUtc!.Value, 10, None));
        Assert.Equal(acknowledged.State.Version, Assert.Single(await store.DueAsync(acknowledged.State.NextWakeUtc!.Value, 10, None)).Version);
    }

    [Fact]
    public async Task Due_TerminalCase_IsNeverReturned()
    {
        var store = await CreateStoreAsync();
        var answered = Intake(Id(1), Monday, decision: IntakeDecision.Answered);
        Assert.True(answered.State.IsTerminal, "a case answered on the spot should be terminal");

        // Whatever deadlines a terminal snapshot still carries, no sweep may wake it.
        await store.CommitAsync(Create(answered) with { State = answered.State with { Deadlines = Intake(Id(2), Monday).State.Deadlines } }, None);

        Assert.Empty(await store.DueAsync(Monday.AddYears(1), 10, None));
    }

    [Fact]
    public async Task Due_RespectsMax_AndSkipsCasesNotYetDue()
    {
        var store = await CreateStoreAsync();
        for (var i = 1; i <= 3; i++)
        {
            await store.CommitAsync(Create(Intake(Id(i), Monday.AddHours(i - 1))), None);
        }

        var firstDeadline = Intake(Id(1), Monday).State.NextWakeUtc!.Value;

        Assert.Equal([Id(1)], (await store.DueAsync(firstDeadline, 10, None)).Select(s => s.Id));
        Assert.Equal(2, (await store.DueAsync(Monday.AddDays(30), 2, None)).Count);
        Assert.Equal(3, (await store.DueAsync(Monday.AddDays(30), 10, None)).Select(s => s.Id).Distinct().Count());
    }
}
