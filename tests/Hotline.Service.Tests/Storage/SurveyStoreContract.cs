using Hotline.Azure.Storage;
using Hotline.Domain;
using Hotline.Domain.Kpi;
using Hotline.Domain.Staff;
using Hotline.Domain.Surveys;
using Hotline.Service.Storage;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

/// <summary>What every <see cref="ISurveyStore"/> promises (R-RV-7), run against each implementation; each test gets an empty store.</summary>
[Trait("Rule", "R-RV-7")]
public abstract class SurveyStoreContract : DocumentStoreContract<ISurveyStore, SatisfactionSurvey, StoredSurvey>
{
    [Fact]
    public async Task Create_ThenGet_ReturnsTheWholeSurvey()
    {
        var store = await CreateStoreAsync();
        var survey = Completed(Planned("sv-1", new DateOnly(2026, 1, 1)));

        var saved = await store.SaveAsync(survey, null, None);
        var read = await store.GetAsync("sv-1", None);

        Assert.NotNull(read);
        Assert.Equal(saved.ETag, read.ETag);
        Assert.Equal(survey.Areas.ToArray(), read.Survey.Areas.ToArray());
        Assert.Equal(survey.Ballots.ToArray(), read.Survey.Ballots.ToArray());
        Assert.Equal(survey.Samples.ToArray(), read.Survey.Samples.ToArray());
        Assert.Equal(survey.Report!.CorrectiveMeasures.ToArray(), read.Survey.Report!.CorrectiveMeasures.ToArray());
        Assert.Equal(survey.Report with { CorrectiveMeasures = [] }, read.Survey.Report with { CorrectiveMeasures = [] });
        Assert.Equal(survey with { Areas = [], Ballots = [], Samples = [], Report = null }, read.Survey with { Areas = [], Ballots = [], Samples = [], Report = null });
        Assert.Equal(66.7m, SurveyFigures.Of(read.Survey).Areas.Single(a => a.Area == ServiceAreas.Overall.Code).SatisfactionPercent);
    }

    [Fact]
    public async Task Create_Twice_IsAConflict_AndKeepsTheFirst()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Planned("sv-1", new DateOnly(2026, 1, 1)), null, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(Planned("sv-1", new DateOnly(2026, 4, 1)), null, None));
        Assert.Equal(new DateOnly(2026, 1, 1), (await store.GetAsync("sv-1", None))!.Survey.From);
    }

    [Fact]
    public async Task Update_WithAStaleETag_IsAConflict_AndNothingIsWritten()
    {
        var store = await CreateStoreAsync();
        var first = await store.SaveAsync(Planned("sv-1", new DateOnly(2026, 1, 1)), null, None);
        var second = await store.SaveAsync(Ballots(first.Survey, 10), first.ETag, None);

        Assert.NotEqual(first.ETag, second.ETag);
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(Ballots(first.Survey, 20), first.ETag, None));
        Assert.Equal(10, (await store.GetAsync("sv-1", None))!.Survey.Ballots.Single().Sent);
    }

    [Fact]
    public async Task Update_OfAMissingSurvey_IsAConflict()
    {
        var store = await CreateStoreAsync();
        var saved = await store.SaveAsync(Planned("sv-1", new DateOnly(2026, 1, 1)), null, None);

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.SaveAsync(Planned("sv-2", new DateOnly(2026, 1, 1)), saved.ETag, None));
        Assert.Null(await store.GetAsync("sv-2", None));
    }

    [Fact]
    public async Task List_IsTheProfilesSurveys_NewestPeriodFirst()
    {
        var store = await CreateStoreAsync();
        await store.SaveAsync(Planned("sv-a", new DateOnly(2026, 1, 1)), null, None);
        await store.SaveAsync(Planned("sv-b", new DateOnly(2026, 7, 1)), null, None);
        await store.SaveAsync(Planned("sv-c", new DateOnly(2026, 4, 1)), null, None);
        await store.SaveAsync(Planned("sv-d", new DateOnly(2026, 4, 1), profile: "property-hotline"), null, None);

        var listed = await store.ListAsync("park-dispatch", None);

        Assert.Equal(["sv-b", "sv-c", "sv-a"], listed.Select(s => s.Survey.Id));
        Assert.Equal(["sv-d"], (await store.ListAsync("property-hotline", None)).Select(s => s.Survey.Id));
    }

    private static Actor Manager => StoreFixtures.Actor("mgr");

    private static SatisfactionSurvey Planned(string id, DateOnly from, string profile = "park-dispatch") =>
        SurveyRules.Plan(id, profile, from, from.AddMonths(3).AddDays(-1), ["Overall", "Security"], Manager, At).Survey!;

    private static SatisfactionSurvey Ballots(SatisfactionSurvey survey, int sent) =>
        SurveyRules.RecordBallots(survey, "Security", sent, 3, 1, 1, 1, Manager, At).Survey!;

    private static SatisfactionSurvey Completed(SatisfactionSurvey survey)
    {
        var s = SurveyRules.RecordBallots(survey, "Overall", 10, 6, 2, 2, 2, Manager, At).Survey!;
        s = Ballots(s, 10);
        s = SurveyRules.RecordSample(s, "Security", SatisfactionRating.Dissatisfied, "夜间巡逻太少", StoreFixtures.Actor("security-head"), At).Survey!;
        return SurveyRules.Report(s, "夜间巡逻不足", ["增加夜间巡逻", "公示巡逻路线"], Manager, At.AddDays(1)).Survey!;
    }
}

public sealed class InMemorySurveyStoreTests : SurveyStoreContract
{
    protected override Task<ISurveyStore> CreateStoreAsync() => Task.FromResult<ISurveyStore>(new InMemorySurveyStore());
}

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableSurveyStoreTests(AzuriteFixture azurite) : SurveyStoreContract
{
    protected override async Task<ISurveyStore> CreateStoreAsync()
    {
        var store = new TableSurveyStore(TableStorage.CreateClient(azurite.ConnectionString), UniqueTableName.Create("s"));
        await store.CreateTableAsync();
        return store;
    }
}
