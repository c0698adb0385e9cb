using Azure;
using Hotline.Azure.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableClientTransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Transaction_EveryActionType_AppliesAllAndReturnsETags()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var merge = await table.AddEntityAsync(new TableEntity("case1", "merge") { ["A"] = "a", ["B"] = "b" });
        var replace = await table.AddEntityAsync(new TableEntity("case1", "replace") { ["A"] = "a", ["B"] = "b" });
        var delete = await table.AddEntityAsync(new TableEntity("case1", "delete"));
        await table.AddEntityAsync(new TableEntity("case1", "upsertMerge") { ["A"] = "a" });

        var results = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("case1", "evt-000001") { ["What"] = "opened" }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("case1", "merge") { ["B"] = "b2" }, merge.Headers.ETag!.Value),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("case1", "replace") { ["B"] = "b2" }, replace.Headers.ETag!.Value),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("case1", "upsertMerge") { ["B"] = "b" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("case1", "upsertReplace") { ["B"] = "b" }),
            new(TableTransactionActionType.Delete, new TableEntity("case1", "delete"), delete.Headers.ETag!.Value),
        ]);

        Assert.Equal(6, results.Value.Count);
        Assert.All(results.Value, r => Assert.Equal(204, r.Status));
        Assert.All(results.Value.Take(5), r => Assert.NotNull(r.Headers.ETag));
        var added = (await table.GetEntityIfExistsAsync("case1", "evt-000001")).Value!;
        Assert.Equal(results.Value[0].Headers.ETag, added.ETag);
        Assert.Equal(("a", "b2"), await PropertiesAsync(table, "merge"));
        Assert.Equal((null, "b2"), await PropertiesAsync(table, "replace"));
        Assert.Equal(("a", "b"), await PropertiesAsync(table, "upsertMerge"));
        Assert.Equal((null, "b"), await PropertiesAsync(table, "upsertReplace"));
        Assert.False((await table.GetEntityIfExistsAsync("case1", "delete")).HasValue);
    }

    [Fact]
    public async Task Transaction_ThirdActionFails_ReportsIndexTwoAndAppliesNothing()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("case1", "state") { ["Version"] = 1 });

        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("case1", "evt-000001")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("case1", "out-000001") { ["To"] = "13800000000" }),
            new(TableTransactionActionType.Add, new TableEntity("case1", "state") { ["Version"] = 2 }),
            new(TableTransactionActionType.Add, new TableEntity("case1", "evt-000002")),
        ]));

        Assert.Equal(2, ex.FailedOperationIndex);
        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.False((await table.GetEntityIfExistsAsync("case1", "evt-000001")).HasValue);
        Assert.False((await table.GetEntityIfExistsAsync("case1", "out-000001")).HasValue);
        Assert.Equal(1, (await table.GetEntityIfExistsAsync("case1", "state")).Value!.GetInt32("Version"));
    }

    [Fact]
    public async Task Transaction_StaleETag_Fails412AtItsIndex()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var stale = await table.AddEntityAsync(new TableEntity("case1", "state") { ["Version"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("case1", "state") { ["Version"] = 2 }, ETag.All);
        var state = new TableEntity("case1", "state") { ["Version"] = 3, ETag = stale.Headers.ETag!.Value };

        var ex = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("case1", "evt-000003")),
            new(TableTransactionActionType.UpdateMerge, state),
        ]));

        Assert.Equal(1, ex.FailedOperationIndex);
        Assert.Equal(412, ex.Status);
        Assert.Equal("UpdateConditionNotSatisfied", ex.ErrorCode);
    }

    [Fact]
    public async Task Transaction_OneHundredActions_IsTheLimit()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var actions = Enumerable.Range(0, 101)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}")))
            .ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(actions));
        var results = await table.SubmitTransactionAsync(actions.Take(100));

        Assert.Equal(100, results.Value.Count);
    }

    [Fact]
    public async Task Transaction_InvalidShapes_AreRefusedBeforeAnyRequest()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(UniqueTableName.Create());

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p1", "r")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "r")),
        ]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.UpdateMerge, new TableEntity("p1", "r"))]));
    }

    private static async Task<(string? A, string? B)> PropertiesAsync(TableClient table, string rowKey)
    {
        var entity = (await table.GetEntityIfExistsAsync("case1", rowKey)).Value!;
        return (entity.GetString("A"), entity.GetString("B"));
    }
}
