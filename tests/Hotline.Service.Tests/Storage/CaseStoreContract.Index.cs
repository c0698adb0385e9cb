using Hotline.Domain.Callers;
using Hotline.Domain.Cases;
using Hotline.Domain.Search;
using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

/// <summary>The search and open-case index (<see cref="ICaseIndex"/>): written with the commit, answering without reading every case.</summary>
public abstract partial class CaseStoreContract
{
    private static readonly PhoneNumber Other = PhoneNumber.Parse("13700004321");

    private async Task<ICaseIndex> CasesFromAsync(params (int Sequence, PhoneNumber? Phone, string Address)[] cases)
    {
        var store = await CreateStoreAsync();
        foreach (var (sequence, phone, address) in cases)
        {
            var intake = Intake(Id(sequence), Monday.AddMinutes(sequence));
            await store.CommitAsync(Create(intake) with { State = intake.State with { Caller = StoreFixtures.Caller with { Phone = phone, Address = address } } }, None);
        }

        return (ICaseIndex)store;
    }

    [Fact]
    public async Task ByPhone_FindsTheCallersCases_NewestFirst_APageAtATime()
    {
        var index = await CasesFromAsync((1, StoreFixtures.Caller.Phone, "3栋1201"), (2, Other, "5栋301"), (3, StoreFixtures.Caller.Phone, "3栋1201"), (4, StoreFixtures.Caller.Phone, "3栋1201"));

        var first = await index.ByPhoneAsync(StoreFixtures.Caller.Phone!.Value, 2, null, None);
        var second = await index.ByPhoneAsync(StoreFixtures.Caller.Phone!.Value, 2, first.ContinuationToken, None);

        Assert.Equal([Id(4), Id(3)], first.Ids);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal([Id(1)], second.Ids);
        Assert.Null(second.ContinuationToken);
        await Assert.ThrowsAsync<FormatException>(() => index.ByPhoneAsync(Other, 2, "zzz", None));
    }

    [Fact]
    public async Task ByLastDigits_FindsPhoneTailsAndCaseReferences()
    {
        var index = await CasesFromAsync((1, StoreFixtures.Caller.Phone, "3栋1201"), (2, Other, "5栋301"), (5678, null, "7栋101"));

        Assert.Equal([Id(5678), Id(1)], (await index.ByLastDigitsAsync("5678", 10, null, None)).Ids);
        Assert.Equal([Id(2)], (await index.ByLastDigitsAsync("4321", 10, null, None)).Ids);
        Assert.Equal([Id(1)], (await index.ByLastDigitsAsync("0001", 10, null, None)).Ids);
    }

    [Fact]
    public async Task FiveDigitSequences_SortNewestFirst_AndAreFoundByTheirReference()
    {
        // A day past 9,999 cases: 20260302-10000 must sort after 20260302-9999, not between -1000 and -1001.
        var index = await CasesFromAsync((9999, StoreFixtures.Caller.Phone, "3栋1201"), (10000, StoreFixtures.Caller.Phone, "3栋1201"), (1000, StoreFixtures.Caller.Phone, "3栋1201"), (10001, Other, "5栋301"));

        Assert.Equal([Id(10000), Id(9999), Id(1000)], (await index.ByPhoneAsync(StoreFixtures.Caller.Phone!.Value, 10, null, None)).Ids);
        Assert.Equal([Id(10000)], (await index.ByLastDigitsAsync("10000", 10, null, None)).Ids);
        Assert.Equal([Id(10001)], (await index.ByLastDigitsAsync("10001", 10, null, None)).Ids);
    }

    [Fact]
    public async Task ByText_MatchesCallerFieldsWithinTheWindow()
    {
        var index = await CasesFromAsync((1, StoreFixtures.Caller.Phone, "3栋1201"), (2, Other, "5栋301"), (3, null, "5栋302"));
        var term = (SearchTerm.ForText)SearchTerm.Parse("5栋30", out _)!;

        Assert.Equal([Id(3), Id(2)], (await index.ByTextAsync(term, Monday.AddDays(-365), Monday.AddDays(1), 10, null, None)).Ids);
        Assert.Empty((await index.ByTextAsync(term, Monday.AddDays(1), Monday.AddDays(2), 10, null, None)).Ids);
        var paged = await index.ByTextAsync(term, Monday.AddDays(-365), Monday.AddDays(1), 1, null, None);
        Assert.Equal([Id(3)], paged.Ids);
        Assert.Equal([Id(2)], (await index.ByTextAsync(term, Monday.AddDays(-365), Monday.AddDays(1), 1, paged.ContinuationToken, None)).Ids);
    }

    [Fact]
    public async Task Open_ListsOpenCasesWithTheirParties_AndForgetsAClosedOne()
    {
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday)), None);

        var open = await ((ICaseIndex)store).OpenAsync(None);
        Assert.Equal([Id(1), Id(2)], open.Select(o => o.Id).OrderBy(i => i.Value, StringComparer.Ordinal));
        var row = open.Single(o => o.Id == Id(1));
        Assert.Equal(CaseStatus.Dispatched, row.Status);
        Assert.Contains("agent1", row.Parties);
        Assert.Equal(intake.State.HandlingDueUtc, row.HandlingDueUtc);
        Assert.Equal(CaseDeadlines.NextDue(intake.State), row.NextDueUtc);

        var closed = intake.State with { Status = CaseStatus.Closed, Version = intake.State.Version + 1 };
        await store.CommitAsync(new CaseCommit(closed, created.ETag, [], []), None);

        Assert.Equal([Id(2)], (await ((ICaseIndex)store).OpenAsync(None)).Select(o => o.Id));
    }

    [Fact]
    public async Task Open_RowKnowsOwnerAssigneeAndWhatAwaitsEachStaffMember_AsTheCaseWouldTell()
    {
        // The queue and the counts decide on the row alone: it must say what CaseAwaiting says of the case, for everyone.
        var store = await CreateStoreAsync();
        var intake = Intake(Id(1), Monday);
        var created = await store.CommitAsync(Create(intake), None);
        var acknowledged = Acknowledge(intake.State, Monday.AddMinutes(5));
        await store.CommitAsync(Update(created, acknowledged), None);
        await store.CommitAsync(Create(Intake(Id(2), Monday, "security")), None);

        foreach (var state in new[] { acknowledged.State, (await store.GetAsync(Id(2), None))!.State })
        {
            var row = (await ((ICaseIndex)store).OpenAsync(None)).Single(o => o.Id == state.Id);
            Assert.Equal(state.FirstOwner.Value, row.FirstOwner);
            Assert.Equal(state.Assignee?.Value, row.Assignee);
            Assert.Equal(state.ReceivedUtc, row.ReceivedUtc);
            foreach (var member in StoreFixtures.Directory)
            {
                var awaited = Domain.Cases.CaseAwaiting.Of(state, Domain.Staff.Actor.Of(member), Profile);
                Assert.Equal(awaited, row.AwaitingOf(member));
                Assert.Equal(state.FirstOwner == member.Id || state.Assignee == member.Id || awaited is not null, row.IsInQueueOf(member));
            }
        }

        Assert.Contains(
            (await ((ICaseIndex)store).OpenAsync(None)).SelectMany(r => StoreFixtures.Directory.Select(m => r.AwaitingOf(m))),
            step => step is not null);
    }
}
