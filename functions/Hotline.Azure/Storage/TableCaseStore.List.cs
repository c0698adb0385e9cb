using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    /// <summary>The most entities the service returns per request.</summary>
    private const int MaxPageSize = 1000;

    /// <summary>Point reads of one list page at once.</summary>
    private const int PageReadsAtOnce = 8;

    /// <remarks>
    /// Newest first across pages: the filter runs on the service over the list rows (<see cref="ListRows"/>), which it
    /// returns in that order; the page's cases are then read by id (at most <see cref="PageReadsAtOnce"/> at once) and
    /// matched again, since a list row may lag its case by a commit (a crash after the case transaction) until the
    /// case's next commit or the reconciler rewrites it. A page may hold fewer than <see cref="CaseQuery.PageSize"/>
    /// cases, even none, and still carry a continuation token: callers follow the token until it is null.
    /// </remarks>
    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var pageSize = Math.Min(query.PageSize, MaxPageSize);
        var serviceToken = query.ContinuationToken is { } token ? ListToken.Read(token) : null;
        var newest = TableClient.CreateQueryFilter($"PartitionKey ge {(query.ToUtc is { } to ? ListRows.PartitionOfNewest(to) : ListRows.PartitionPrefix)}");
        var oldest = query.FromUtc is { } from
            ? TableClient.CreateQueryFilter($"PartitionKey le {ListRows.PartitionOfOldest(from)}")
            : TableClient.CreateQueryFilter($"PartitionKey lt {ListRows.PartitionsEnd}");
        var filter = string.Join(" and ", [newest, oldest, .. Conditions(query)]);

        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await foreach (var page in _search.QueryAsync<TableEntity>(filter, pageSize, ["RowKey"], cancellationToken).AsPages(serviceToken, pageSize))
                    {
                        var cases = await ReadInOrderAsync([.. page.Values.Select(r => CaseIndexKeys.FromNewestFirst(r.RowKey))], cancellationToken);
                        return new CasePage([.. cases.Where(s => CaseQueries.Matches(s, query))], ListToken.Write(page.ContinuationToken));
                    }
                }
                catch (RequestFailedException e) when (e.Status == 400 && query.ContinuationToken is not null)
                {
                    throw new FormatException($"'{query.ContinuationToken}' is not a continuation token of this list.", e);
                }

                return new CasePage([], null);
            },
            cancellationToken);
    }

    /// <summary>The cases behind the ids, in the order given; an id whose case does not exist (an intake that never landed) is skipped.</summary>
    private async Task<IReadOnlyList<CaseState>> ReadInOrderAsync(IReadOnlyList<CaseId> ids, CancellationToken cancellationToken)
    {
        var states = new CaseState?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = PageReadsAtOnce, CancellationToken = cancellationToken },
            async (i, token) => states[i] = (await GetAsync(ids[i], token))?.State);
        return [.. states.OfType<CaseState>()];
    }

    /// <summary>The list row of a commit (version-guarded); written before the case transaction when the case is created.</summary>
    private Task WriteListRowAsync(CaseState state, CancellationToken cancellationToken) =>
        WriteVersionedAsync(_search, ListRows.Partition(state.Id), CaseIndexKeys.NewestFirst(state.Id), state.Version, () => ListRows.Of(state), cancellationToken);

    /// <summary>
    /// The list row and the open-case row of a commit. Each costs a read and a write, so a row whose columns the commit
    /// leaves as they were under <paramref name="before"/> (a progress note, a reminder, a text confirmed) is not written:
    /// its stored version then lags the case's, which is harmless — the guard only stops older content, and the sweep
    /// compares content, not versions (<see cref="RepairAsync"/>).
    /// </summary>
    private Task WriteIndexRowsAsync(CaseState state, CaseState? before, CancellationToken cancellationToken) =>
        Task.WhenAll(
            before is not null && IndexColumns.Same(ListRows.Of(before), ListRows.Of(state)) ? Task.CompletedTask : WriteListRowAsync(state, cancellationToken),
            before is not null && IndexColumns.Same(OpenRow(before), OpenRow(state)) ? Task.CompletedTask : WriteOpenAsync(state, cancellationToken));

    /// <summary>
    /// The OData twin of <see cref="CaseQueries.Matches"/> over the query columns the state rows and the list rows share;
    /// the contract tests hold the two to the same answers.
    /// </summary>
    private static List<string> Conditions(CaseQuery query)
    {
        var conditions = new List<string>();
        if (query.Status is { } status)
        {
            conditions.Add(TableClient.CreateQueryFilter($"Status eq {KebabEnum<CaseStatus>.Name(status)}"));
        }

        if (query.Assignee is { } assignee)
        {
            conditions.Add(TableClient.CreateQueryFilter($"Assignee eq {assignee}"));
        }

        if (query.FromUtc is { } from)
        {
            conditions.Add(TableClient.CreateQueryFilter($"ReceivedUtc ge {from}"));
        }

        if (query.ToUtc is { } to)
        {
            conditions.Add(TableClient.CreateQueryFilter($"ReceivedUtc lt {to}"));
        }

        if (query.Overdue is { } overdue)
        {
            conditions.Add(overdue ? Overdue(query.AsOfUtc) : $"not ({Overdue(query.AsOfUtc)})");
        }

        return conditions;
    }

    /// <summary>Open (dispatched or in progress) and past the handling limit; a case without a limit stores a far-future sentinel.</summary>
    private static string Overdue(DateTimeOffset? asOf)
    {
        var limit = asOf is { } at && at < CaseRows.NoHandlingDue ? at : CaseRows.NoHandlingDue.AddTicks(-1);
        var dispatched = KebabEnum<CaseStatus>.Name(CaseStatus.Dispatched);
        var inProgress = KebabEnum<CaseStatus>.Name(CaseStatus.InProgress);
        return TableClient.CreateQueryFilter($"(Status eq {dispatched} or Status eq {inProgress}) and HandlingDueUtc le {limit}");
    }
}
