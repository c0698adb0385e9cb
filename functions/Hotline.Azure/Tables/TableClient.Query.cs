using Azure;
using Azure.Core;

namespace Hotline.Azure.Tables;

public sealed partial class TableClient
{
    private const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";

    /// <summary>
    /// Queries entities. Enumerate the result for entities across all pages, or call
    /// <see cref="AsyncPageable{T}.AsPages"/> for pages and their continuation tokens (a page may be empty and
    /// still have a continuation: the service stops at partition boundaries and time limits).
    /// </summary>
    /// <param name="filter">An OData filter; build it with <see cref="CreateQueryFilter"/>. Null for all entities.</param>
    /// <param name="maxPerPage">Entities per request (<c>$top</c>, at most 1000); null for the service default.</param>
    /// <param name="select">Properties to return (keys always come back); null for all.</param>
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        if (maxPerPage is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage, "A page holds 1–1000 entities.");
        }

        return new QueryPageable(this, filter, maxPerPage, select?.ToArray(), cancellationToken);
    }

    private async Task<Page<TableEntity>> QueryPageAsync(
        string? filter, int? top, IReadOnlyCollection<string>? select, string? continuationToken, CancellationToken cancellationToken)
    {
        using var message = _rest.CreateMessage(RequestMethod.Get, Name + "()", TableStatus.Ok);
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter);
        }

        if (top is { } pageSize)
        {
            uri.AppendQuery("$top", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        AppendSelect(uri, select);
        var (nextPartitionKey, nextRowKey) = ContinuationToken.Parse(continuationToken);
        if (nextPartitionKey is not null)
        {
            uri.AppendQuery("NextPartitionKey", nextPartitionKey);
        }

        if (nextRowKey is not null)
        {
            uri.AppendQuery("NextRowKey", nextRowKey);
        }

        var response = await _rest.SendAsync(message, cancellationToken);
        var next = ContinuationToken.Format(
            response.Headers.TryGetValue(NextPartitionKeyHeader, out var pk) ? pk : null,
            response.Headers.TryGetValue(NextRowKeyHeader, out var rk) ? rk : null);
        return Page<TableEntity>.FromValues(TableEntityJson.ReadEntities(response.Content), next, response);
    }

    /// <remarks>Keys are always selected so every returned entity can be updated or deleted.</remarks>
    private static void AppendSelect(RequestUriBuilder uri, IEnumerable<string>? select)
    {
        if (select is null)
        {
            return;
        }

        var names = select.Concat([TableEntity.PartitionKeyName, TableEntity.RowKeyName]).Distinct(StringComparer.Ordinal);
        uri.AppendQuery("$select", string.Join(',', names));
    }

    private sealed class QueryPageable(
        TableClient client, string? filter, int? maxPerPage, IReadOnlyCollection<string>? select, CancellationToken cancellationToken)
        : AsyncPageable<TableEntity>(cancellationToken)
    {
        public override async IAsyncEnumerable<Page<TableEntity>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            var top = pageSizeHint ?? maxPerPage;
            do
            {
                var page = await client.QueryPageAsync(filter, top, select, continuationToken, CancellationToken);
                continuationToken = page.ContinuationToken;
                yield return page;
            }
            while (continuationToken is not null);
        }
    }
}
