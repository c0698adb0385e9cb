using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

public abstract partial class CaseStoreContract
{
    [Fact]
    public async Task DueWakeUps_BeforeTheDueTime_IsEmpty_AtIt_ReturnsTheCase()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake), None);
        var due = intake.State.NextWakeUtc!.Value;

        Assert.Empty(await store.DueWakeUpsAsync(due.AddSeconds(-1), 10, None));
        var wakeUp = Assert.Single(await store.DueWakeUpsAsync(due, 10, None));
        Assert.Equal((Id(1), due), (wakeUp.CaseId, wakeUp.DueUtc));
    }

    [Fact]
    public async Task DueWakeUps_AfterReschedule_OnlyTheNewTimeRemains()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        Assert.NotEqual(intake.State.NextWakeUtc, acknowledged.State.NextWakeUtc);

        await store.CommitAsync(Update(created, acknowledged), None);

        var wakeUp = Assert.Single(await store.DueWakeUpsAsync(Monday.AddDays(30), 10, None));
        Assert.Equal(acknowledged.State.NextWakeUtc, wakeUp.DueUtc);
    }

    [Fact]
    public async Task CompleteWakeUp_RemovesIt()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        await store.CommitAsync(Create(intake), None);
        var due = intake.State.NextWakeUtc!.Value;

        await store.CompleteWakeUpAsync((await store.DueWakeUpsAsync(due, 10, None)).Single(), None);

        Assert.Empty(await store.DueWakeUpsAsync(Monday.AddDays(30), 10, None));
    }

    [Fact]
    public async Task CompleteWakeUp_AfterTheCaseWasRescheduled_KeepsTheNewWakeUp()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var fired = (await store.DueWakeUpsAsync(intake.State.NextWakeUtc!.Value, 10, None)).Single();
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        await store.CommitAsync(Update(created, acknowledged), None);

        await store.CompleteWakeUpAsync(fired, None);

        Assert.Equal(acknowledged.State.NextWakeUtc, (await store.DueWakeUpsAsync(Monday.AddDays(30), 10, None)).Single().DueUtc);
    }

    [Fact]
    public async Task DueWakeUps_RespectsMax_AndSkipsCasesNotYetDue()
    {
        var store = await CreateStoreAsync();
        for (var i = 1; i <= 3; i++)
        {
            await store.CommitAsync(Create(Intake(Id(i), Monday.AddHours(i - 1))), None);
        }

        var firstDue = Intake(Id(1), Monday).State.NextWakeUtc!.Value;

        Assert.Single(await store.DueWakeUpsAsync(firstDue, 10, None));
        Assert.Equal(2, (await store.DueWakeUpsAsync(Monday.AddDays(30), 2, None)).Count);
        Assert.Equal(3, (await store.DueWakeUpsAsync(Monday.AddDays(30), 10, None)).Count);
    }
}
