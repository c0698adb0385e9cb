using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    /// <summary>The most entities the service returns per request.</summary>
    private const int MaxPageSize = 1000;

    /// <remarks>
    /// The filter runs on the service, over the state rows' query columns, in case id order. A page may hold fewer
    /// than <see cref="CaseQuery.PageSize"/> cases, even none, and still carry a continuation token: callers follow
    /// the token until it is null.
    /// </remarks>
    public Task<CasePage> ListAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var pageSize = Math.Min(query.PageSize, MaxPageSize);
        var serviceToken = query.ContinuationToken is { } token ? ListToken.Read(token) : null;

        return StorageErrors.GuardAsync(
            async () =>
            {
                try
                {
                    await foreach (var page in _cases.QueryAsync<TableEntity>(Filter(query), pageSize, cancellationToken: cancellationToken)
                                       .AsPages(serviceToken, pageSize))
                    {
                        return new CasePage([.. page.Values.Select(CaseRows.ReadState)], ListToken.Write(page.ContinuationToken));
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

    /// <summary>The OData twin of <see cref="CaseQueries.Matches"/>; the contract tests hold the two to the same answers.</summary>
    private static string Filter(CaseQuery query)
    {
        var conditions = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {CaseRows.StateRowKey}") };
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

        return string.Join(" and ", conditions);
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
