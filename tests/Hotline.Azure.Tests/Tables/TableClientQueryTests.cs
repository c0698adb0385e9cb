using Azure;
using Hotline.Azure.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableClientQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SmallPages_ContinueAcrossPagesAndReturnEveryEntityOnce()
    {
        var table = await SeedAsync(partitions: 3, rowsPerPartition: 4);

        var pages = new List<Page<TableEntity>>();
        await foreach (var page in table.QueryAsync(maxPerPage: 5).AsPages())
        {
            pages.Add(page);
        }

        var keys = pages.SelectMany(p => p.Values).Select(e => $"{e.PartitionKey}/{e.RowKey}").ToList();
        Assert.True(pages.Count >= 3, $"expected at least 3 pages, got {pages.Count}");
        Assert.All(pages, p => Assert.True(p.Values.Count <= 5));
        Assert.Equal(12, keys.Count);
        Assert.Equal(12, keys.Distinct().Count());
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task ContinuationToken_ResumesWhereThePreviousPageStopped()
    {
        var table = await SeedAsync(partitions: 1, rowsPerPartition: 6);

        Page<TableEntity>? first = null;
        await foreach (var page in table.QueryAsync(maxPerPage: 4).AsPages())
        {
            first = page;
            break;
        }

        var rest = new List<TableEntity>();
        await foreach (var page in table.QueryAsync().AsPages(first!.ContinuationToken, pageSizeHint: 4))
        {
            rest.AddRange(page.Values);
        }

        Assert.Equal(["r0", "r1", "r2", "r3"], first.Values.Select(e => e.RowKey));
        Assert.Equal(["r4", "r5"], rest.Select(e => e.RowKey));
    }

    [Fact]
    public async Task FilterAndSelect_NarrowRowsAndProperties()
    {
        var table = await SeedAsync(partitions: 2, rowsPerPartition: 5);

        var found = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"p1"} and Index ge {3}");
        await foreach (var entity in table.QueryAsync(filter, maxPerPage: 1, select: ["Index"]))
        {
            found.Add(entity);
        }

        Assert.Equal([3, 4], found.Select(e => e.GetInt32("Index")));
        Assert.All(found, e => Assert.False(e.ContainsKey("Label")));
        Assert.All(found, e => Assert.NotEqual(default, e.ETag));
    }

    [Fact]
    public async Task Filter_OnInt64AndDateTime_UsesTypedLiterals()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var noon = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(8));
        await table.AddEntityAsync(new TableEntity("p", "early") { ["Big"] = 9_007_199_254_740_993L, ["At"] = noon.AddHours(-1) });
        await table.AddEntityAsync(new TableEntity("p", "late") { ["Big"] = 1L, ["At"] = noon.AddHours(1) });

        var big = await ToListAsync(table.QueryAsync(TableClient.CreateQueryFilter($"Big eq {9_007_199_254_740_993L}")));
        var late = await ToListAsync(table.QueryAsync(TableClient.CreateQueryFilter($"At gt {noon}")));

        Assert.Equal("early", Assert.Single(big).RowKey);
        Assert.Equal("late", Assert.Single(late).RowKey);
    }

    private async Task<TableClient> SeedAsync(int partitions, int rowsPerPartition)
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        for (var p = 0; p < partitions; p++)
        {
            var actions = Enumerable.Range(0, rowsPerPartition)
                .Select(r => new TableTransactionAction(
                    TableTransactionActionType.Add,
                    new TableEntity($"p{p}", $"r{r}") { ["Index"] = r, ["Label"] = $"row {r}" }));
            await table.SubmitTransactionAsync(actions);
        }

        return table;
    }

    private static async Task<List<TableEntity>> ToListAsync(AsyncPageable<TableEntity> query)
    {
        var list = new List<TableEntity>();
        await foreach (var entity in query)
        {
            list.Add(entity);
        }

        return list;
    }
}
