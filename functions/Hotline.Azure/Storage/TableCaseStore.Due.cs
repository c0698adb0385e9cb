using Azure.Data.Tables;
using Hotline.Domain.Cases;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    /// <remarks>
    /// A query over the state rows: terminal cases and cases without a deadline store the far-future
    /// <see cref="CaseRows.NoWakeUp"/>, so <c>NextWakeUtc le dueBy</c> alone selects the open, due ones. It scans the
    /// cases table, which is fine for a sweep that runs once a minute over a hotline's cases.
    /// </remarks>
    public Task<IReadOnlyList<CaseState>> DueAsync(DateTimeOffset dueBy, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var limit = dueBy < CaseRows.NoWakeUp ? dueBy : CaseRows.NoWakeUp.AddTicks(-1);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CaseRows.StateRowKey} and NextWakeUtc le {limit}");
        return StorageErrors.GuardAsync(
            async () =>
            {
                var due = new List<CaseState>();

                // The service may end a page early (partition boundaries, time limits); keep reading until max.
                await foreach (var row in _cases.QueryAsync<TableEntity>(filter, Math.Min(max, MaxPageSize), cancellationToken: cancellationToken))
                {
                    due.Add(CaseRows.ReadState(row));
                    if (due.Count == max)
                    {
                        break;
                    }
                }

                return (IReadOnlyList<CaseState>)due;
            },
            cancellationToken);
    }
}
