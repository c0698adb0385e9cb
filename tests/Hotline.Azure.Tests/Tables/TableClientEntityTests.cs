using Azure;
using Hotline.Azure.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableClientEntityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddThenGet_ReturnsPropertiesETagAndTimestamp()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);

        var added = await table.AddEntityAsync(new TableEntity("c1", "state") { ["Status"] = "Open" });
        var read = await table.GetEntityIfExistsAsync("c1", "state");

        Assert.Equal(204, added.Status);
        Assert.True(read.HasValue);
        Assert.Equal("Open", read.Value!.GetString("Status"));
        Assert.Equal(added.Headers.ETag, read.Value.ETag);
        Assert.NotNull(read.Value.Timestamp);
    }

    [Fact]
    public async Task Add_ExistingKeys_Throws409EntityAlreadyExists()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("c1", "state"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("c1", "state")));

        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
    }

    [Fact]
    public async Task GetIfExists_Missing_HasNoValue()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);

        var read = await table.GetEntityIfExistsAsync("nobody", "nothing");

        Assert.False(read.HasValue);
        Assert.Equal(404, read.GetRawResponse().Status);
    }

    [Fact]
    public async Task GetIfExists_Select_ReturnsOnlyChosenPropertiesAndKeys()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("c1", "state") { ["Status"] = "Open", ["Phone"] = "13800000000" });

        var read = (await table.GetEntityIfExistsAsync("c1", "state", select: ["Status"])).Value!;

        Assert.Equal("Open", read.GetString("Status"));
        Assert.False(read.ContainsKey("Phone"));
        Assert.Equal("c1", read.PartitionKey);
    }

    [Fact]
    public async Task Upsert_MergeKeepsOtherPropertiesReplaceDropsThem()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        await table.UpsertEntityAsync(new TableEntity("c1", "state") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Replace);

        await table.UpsertEntityAsync(new TableEntity("c1", "state") { ["B"] = "b2" }, TableUpdateMode.Merge);
        var merged = (await table.GetEntityIfExistsAsync("c1", "state")).Value!;
        await table.UpsertEntityAsync(new TableEntity("c1", "state") { ["C"] = "c" }, TableUpdateMode.Replace);
        var replaced = (await table.GetEntityIfExistsAsync("c1", "state")).Value!;

        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));
        Assert.Equal((null, null, "c"), (replaced.GetString("A"), replaced.GetString("B"), replaced.GetString("C")));
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Update_StaleETag_Throws412UpdateConditionNotSatisfied(TableUpdateMode mode)
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var first = await table.AddEntityAsync(new TableEntity("c1", "state") { ["Version"] = 1 });
        var second = await table.UpdateEntityAsync(new TableEntity("c1", "state") { ["Version"] = 2 }, first.Headers.ETag!.Value, mode);

        var ex = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("c1", "state") { ["Version"] = 3 }, first.Headers.ETag!.Value, mode));

        Assert.Equal(412, ex.Status);
        Assert.Equal("UpdateConditionNotSatisfied", ex.ErrorCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(2, (await table.GetEntityIfExistsAsync("c1", "state")).Value!.GetInt32("Version"));
    }

    [Fact]
    public async Task Update_ETagAll_OverwritesUnconditionallyButNeedsTheEntity()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("c1", "state") { ["Version"] = 1 });

        await table.UpdateEntityAsync(new TableEntity("c1", "state") { ["Version"] = 9 }, ETag.All);
        var missing = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("c1", "ghost"), ETag.All));

        Assert.Equal(9, (await table.GetEntityIfExistsAsync("c1", "state")).Value!.GetInt32("Version"));
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task Update_DefaultETag_IsRefusedBeforeAnyRequest()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("c1", "state"), default));
    }

    [Fact]
    public async Task Delete_StaleETagFailsCurrentETagDeletesMissingIsNotAnError()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var first = await table.AddEntityAsync(new TableEntity("c1", "state") { ["Version"] = 1 });
        var second = await table.UpdateEntityAsync(new TableEntity("c1", "state") { ["Version"] = 2 }, first.Headers.ETag!.Value);

        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("c1", "state", first.Headers.ETag!.Value));
        var deleted = await table.DeleteEntityAsync("c1", "state", second.Headers.ETag!.Value);
        var again = await table.DeleteEntityAsync("c1", "state", ETag.All);

        Assert.Equal(412, stale.Status);
        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, again.Status);
        Assert.False((await table.GetEntityIfExistsAsync("c1", "state")).HasValue);
    }

    [Theory]
    [InlineData("O'Brien", "it''s")]
    [InlineData("投诉·北京", "市民热线 12345")]
    [InlineData("%20+&=", "(a,b)'")]
    [InlineData("", "")]
    public async Task Keys_QuotesChineseAndUrlCharacters_RoundTripThroughEveryOperation(string partitionKey, string rowKey)
    {
        var table = await AzuriteTables.NewTableAsync(azurite);

        var added = await table.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["N"] = 1 });
        await table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["N"] = 2 }, added.Headers.ETag!.Value);
        var read = (await table.GetEntityIfExistsAsync(partitionKey, rowKey)).Value!;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}");
        var queried = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync(filter))
        {
            queried.Add(entity);
        }

        var deleted = await table.DeleteEntityAsync(partitionKey, rowKey, read.ETag);

        Assert.Equal((partitionKey, rowKey, 2), (read.PartitionKey, read.RowKey, read.GetInt32("N")));
        Assert.Equal(rowKey, Assert.Single(queried).RowKey);
        Assert.Equal(204, deleted.Status);
    }

    [Fact]
    public async Task InvalidKeys_AreRejectedBeforeAnyRequest()
    {
        // The table is never created: a request would fail with 404, not ArgumentException.
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(UniqueTableName.Create());

        await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityIfExistsAsync("a/b", "r"));
        await Assert.ThrowsAsync<ArgumentException>(() => table.DeleteEntityAsync("p", "a#b"));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity()));
        Assert.Throws<ArgumentException>(() => new TableEntity("p", "why?"));
    }

    [Fact]
    public async Task MissingTable_IsAnErrorNotAnAbsentEntity()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(UniqueTableName.Create());

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("TableNotFound", ex.ErrorCode);
    }
}
