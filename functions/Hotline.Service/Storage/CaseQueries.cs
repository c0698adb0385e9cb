using Hotline.Domain.Cases;

namespace Hotline.Service.Storage;

/// <summary>The list filters, shared by every store so that they mean the same everywhere.</summary>
public static class CaseQueries
{
    public static bool Matches(CaseState state, CaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(query);
        return (query.Status is null || state.Status == query.Status)
            && (query.Assignee is null || state.Assignee?.Value == query.Assignee)
            && (query.FromUtc is null || state.ReceivedUtc >= query.FromUtc)
            && (query.ToUtc is null || state.ReceivedUtc < query.ToUtc)
            && (query.Overdue is null || IsOverdue(state, query.AsOfUtc ?? DateTimeOffset.MaxValue) == query.Overdue);
    }

    /// <summary>Open and past its handling time limit.</summary>
    public static bool IsOverdue(CaseState state, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(state);
        return IsOverdue(state.Status, state.HandlingDueUtc, asOf);
    }

    /// <summary>The same test over what an index row keeps (<see cref="OpenCase"/>): the one definition of overdue.</summary>
    public static bool IsOverdue(CaseStatus status, DateTimeOffset? handlingDueUtc, DateTimeOffset asOf) =>
        status is CaseStatus.Dispatched or CaseStatus.InProgress && handlingDueUtc <= asOf;
}
