using System.Net;
using Azure;
using Azure.Core.Pipeline;
using Hotline.Azure.Tables;

namespace Hotline.Azure.Tests.Tables;

/// <summary>
/// An empty page that still carries a continuation is legal (the service stops at partition boundaries and
/// time limits) but hard to provoke in Azurite, so it is scripted here.
/// </summary>
public sealed class TableQueryPagingTests
{
    [Fact]
    public async Task EmptyPageWithContinuation_IsFollowedAndItsKeysSentBack()
    {
        var handler = new StubHandler(
            _ => StubHandler.Json(HttpStatusCode.OK, """{"value":[]}""",
                ("x-ms-continuation-NextPartitionKey", "1!4!cDI-"), ("x-ms-continuation-NextRowKey", "1!4!cjE-")),
            _ => StubHandler.Json(HttpStatusCode.OK, """{"value":[{"odata.etag":"W/\"1\"","PartitionKey":"p2","RowKey":"r1","N":1}]}"""));
        var client = CreateClient(handler);

        var pages = new List<Page<TableEntity>>();
        await foreach (var page in client.QueryAsync(filter: "N eq 1", maxPerPage: 5).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal(2, pages.Count);
        Assert.Empty(pages[0].Values);
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Equal("p2", Assert.Single(pages[1].Values).PartitionKey);
        Assert.Null(pages[1].ContinuationToken);
        var second = Uri.UnescapeDataString(handler.Requests[1].RequestUri!.Query);
        Assert.Contains("NextPartitionKey=1!4!cDI-", second, StringComparison.Ordinal);
        Assert.Contains("NextRowKey=1!4!cjE-", second, StringComparison.Ordinal);
        Assert.Contains("$filter=N eq 1", second, StringComparison.Ordinal);
        Assert.Contains("$top=5", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnumeratingEntities_SkipsEmptyPages()
    {
        var handler = new StubHandler(
            _ => StubHandler.Json(HttpStatusCode.OK, """{"value":[]}""", ("x-ms-continuation-NextPartitionKey", "next")),
            _ => StubHandler.Json(HttpStatusCode.OK, """{"value":[{"PartitionKey":"p","RowKey":"r"}]}"""));

        var entities = new List<TableEntity>();
        await foreach (var entity in CreateClient(handler).QueryAsync())
        {
            entities.Add(entity);
        }

        Assert.Equal("r", Assert.Single(entities).RowKey);
        Assert.Contains("NextPartitionKey=next", handler.Requests[1].RequestUri!.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("NextRowKey", handler.Requests[1].RequestUri!.Query, StringComparison.Ordinal);
    }

    private static TableClient CreateClient(StubHandler handler) =>
        new(new Uri("http://127.0.0.1:10002/devstoreaccount1"), "Cases",
            new TableSharedKeyCredential("devstoreaccount1", TableConnectionString.DevelopmentAccountKey),
            new TableClientOptions { Transport = new HttpClientTransport(handler) });
}
