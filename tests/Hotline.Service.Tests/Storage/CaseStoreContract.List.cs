using Hotline.Domain.Cases;
using Hotline.Service.Storage;
using static Hotline.Service.Tests.Storage.StoreFixtures;

namespace Hotline.Service.Tests.Storage;

public abstract partial class CaseStoreContract
{
    private static readonly DateTimeOffset TenDaysOn = Monday.AddDays(10);

    public static TheoryData<string, CaseQuery> ListQueries => new()
    {
        { "all", new CaseQuery() },
        { "dispatched", new CaseQuery(Status: CaseStatus.Dispatched) },
        { "in progress", new CaseQuery(Status: CaseStatus.InProgress) },
        { "answered", new CaseQuery(Status: CaseStatus.Answered) },
        { "security head", new CaseQuery(Assignee: "security-head") },
        { "nobody", new CaseQuery(Assignee: "nobody") },
        { "overdue", new CaseQuery(Overdue: true, AsOfUtc: TenDaysOn) },
        { "not overdue", new CaseQuery(Overdue: false, AsOfUtc: TenDaysOn) },
        { "overdue ever", new CaseQuery(Overdue: true) },
        { "first day", new CaseQuery(FromUtc: Monday, ToUtc: Monday.AddDays(1)) },
        { "from day two", new CaseQuery(FromUtc: Monday.AddDays(1)) },
        { "dispatched engineering, first day", new CaseQuery(Status: CaseStatus.Dispatched, Assignee: "engineering-head", ToUtc: Monday.AddDays(1)) },
    };

    [Theory]
    [MemberData(nameof(ListQueries))]
    public async Task List_Filter_ReturnsExactlyTheMatchingCases_NewestFirst(string name, CaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (store, states) = await SeedListAsync();

        var listed = await ListAllAsync(store, query with { PageSize = 3 });

        var expected = states.Where(s => CaseQueries.Matches(s, query)).Select(s => s.Id.Value).OrderDescending(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 0 || name == "nobody", $"the seed should give '{name}' something to find");
        Assert.True(expected.Count < states.Count || name is "all" or "overdue ever", $"'{name}' should filter something out");
        Assert.Equal(expected, listed.Select(s => s.Id.Value));
    }

    [Fact]
    public async Task List_Paging_ReturnsEveryCaseExactlyOnce()
    {
        var (store, states) = await SeedListAsync();

        foreach (var pageSize in new[] { 1, 2, 5, 50 })
        {
            var listed = await ListAllAsync(store, new CaseQuery(PageSize: pageSize));

            Assert.Equal(states.Select(s => s.Id.Value).OrderDescending(StringComparer.Ordinal), listed.Select(s => s.Id.Value));
        }
    }

    [Fact]
    public async Task List_IsNewestFirstAcrossPages_NotOnlyWithinEachPage()
    {
        // Two pages of two over five cases: the first page holds the two newest (it held the two oldest when the store paged
        // in ascending id order and the handler sorted each page).
        var store = await CreateStoreAsync();
        foreach (var sequence in new[] { 3, 1, 5, 2, 4 })
        {
            await store.CommitAsync(Create(Intake(Id(sequence), Monday.AddMinutes(sequence))), None);
        }

        var first = await store.ListAsync(new CaseQuery(PageSize: 2), None);
        var all = await ListAllAsync(store, new CaseQuery(PageSize: 2));

        Assert.Equal([Id(5), Id(4)], first.Items.Select(s => s.Id));
        Assert.Equal([Id(5), Id(4), Id(3), Id(2), Id(1)], all.Select(s => s.Id));
    }

    [Fact]
    public async Task List_ABusyDaysFiveDigitCase_IsNewerThanItsNineThousandNineHundredNinetyNinth()
    {
        var store = await CreateStoreAsync();
        foreach (var sequence in new[] { 10000, 9999, 10001, 1000 })
        {
            await store.CommitAsync(Create(Intake(Id(sequence), Monday.AddSeconds(sequence))), None);
        }

        Assert.Equal([Id(10001), Id(10000), Id(9999), Id(1000)], (await ListAllAsync(store, new CaseQuery(PageSize: 3))).Select(s => s.Id));
    }

    [Fact]
    public async Task List_TokenTheStoreDidNotIssue_ThrowsFormat()
    {
        var (store, _) = await SeedListAsync();

        await Assert.ThrowsAsync<FormatException>(() => store.ListAsync(new CaseQuery(PageSize: 2, ContinuationToken: "not a token"), None));
    }

    /// <summary>
    /// Seven cases: engineering and security cases received on the first Monday (dispatched, one acknowledged, one
    /// answered on the spot) and two weeks later; as of ten days on the early open ones are overdue.
    /// </summary>
    private async Task<(ICaseStore Store, List<CaseState> States)> SeedListAsync()
    {
        var store = await CreateStoreAsync();
        var decisions = new List<Decision.Accepted>
        {
            Intake(Id(1), Monday),
            Intake(Id(2), Monday.AddHours(1), "security"),
            Intake(Id(3), Monday.AddHours(2), decision: IntakeDecision.Answered),
            Intake(Id(4), Monday.AddHours(3)),
            Intake(Id(5), Monday.AddDays(14)),
            Intake(Id(6), Monday.AddDays(14).AddHours(1), "security"),
            Intake(Id(7), Monday.AddDays(15)),
        };
        var states = new List<CaseState>();
        foreach (var decision in decisions)
        {
            var stored = await store.CommitAsync(Create(decision), None);
            states.Add(stored.State);
        }

        var fourth = (await store.GetAsync(Id(4), None))!;
        var acknowledged = Acknowledge(fourth.State, Monday.AddHours(3).AddMinutes(5));
        states[3] = (await store.CommitAsync(Update(fourth, acknowledged), None)).State;
        return (store, states);
    }

    /// <summary>Follows continuation tokens to the end, as callers must: a page may hold fewer items than asked for.</summary>
    private static async Task<List<CaseState>> ListAllAsync(ICaseStore store, CaseQuery query)
    {
        var all = new List<CaseState>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await store.ListAsync(query with { ContinuationToken = token }, None);
            Assert.True(page.Items.Count <= query.PageSize);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
            Assert.True(++pages < 100, "paging should end");
        }
        while (token is not null);

        return all;
    }
}
