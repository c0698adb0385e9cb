using Azure;
using Hotline.Azure.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    private const int MaxTransactionOperations = 100;

    /// <remarks>See the class remarks for why the index rows are written before the transaction and removed after it.</remarks>
    /// <exception cref="InvalidOperationException">The commit needs more than the 100 operations one transaction holds.</exception>
    public Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var operations = 1 + commit.Ledger.Count + commit.Outbox.Count;
        if (operations > MaxTransactionOperations)
        {
            throw new InvalidOperationException(
                $"Case {commit.State.Id}: a commit of 1 state, {commit.Ledger.Count} ledger and {commit.Outbox.Count} outbox rows needs " +
                $"{operations} operations; one Table transaction holds at most {MaxTransactionOperations}.");
        }

        return StorageErrors.GuardAsync(() => CommitCoreAsync(commit, cancellationToken), cancellationToken);
    }

    private async Task<StoredCase> CommitCoreAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        var state = commit.State;
        var newWake = state.NextWakeUtc;
        var staleWake = commit.PreviousWakeUtc is { } previous && (newWake is null || WakeBucket(previous) != WakeBucket(newWake.Value))
            ? previous
            : (DateTimeOffset?)null;

        // The state being replaced records the ETag of the wake-up row its own commit wrote. It is read before the
        // transaction: if the state changes meanwhile the transaction fails, so the ETag always belongs to the
        // state that is replaced.
        var staleWakeETag = staleWake is not null && commit.ExpectedETag is not null
            ? await ReadWakeETagAsync(state.Id, cancellationToken)
            : null;

        if (commit.Outbox.Count > 0)
        {
            await MarkOutboxPendingAsync(commit, cancellationToken);
        }

        var wakeETag = newWake is { } due ? await SetWakeUpAsync(state.Id, due, cancellationToken) : null;

        var stateRow = CaseRows.State(state, wakeETag);
        var actions = new List<TableTransactionAction>
        {
            commit.ExpectedETag is null
                ? new(TableTransactionActionType.Add, stateRow)
                : new(TableTransactionActionType.UpdateReplace, stateRow, new ETag(commit.ExpectedETag)),
        };
        actions.AddRange(commit.Ledger.Select(e => new TableTransactionAction(TableTransactionActionType.Add, CaseRows.Ledger(state.Id, e))));
        actions.AddRange(commit.Outbox.Select(m => new TableTransactionAction(TableTransactionActionType.Add, OutboxRows.ToEntity(m))));

        Response<IReadOnlyList<Response>> results;
        try
        {
            results = await _cases.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (IsConflict(ex))
        {
            throw new ConcurrencyException($"Case {state.Id} changed or already exists ({ex.Status} {ex.ErrorCode}); nothing was written.", ex);
        }

        if (staleWake is { } stale && staleWakeETag is not null)
        {
            await RemoveWakeUpAsync(state.Id, stale, staleWakeETag, cancellationToken);
        }

        var etag = results.Value[0].Headers.ETag
            ?? throw new InvalidOperationException($"The service did not return the new ETag of case {state.Id}.");
        return new StoredCase(state, etag.ToString());
    }

    /// <summary>
    /// 409: the case exists (create) or a row of this version was written already; 412: the state changed;
    /// 404: the case to update is gone. A missing table is a configuration failure, not a conflict.
    /// </summary>
    private static bool IsConflict(RequestFailedException ex) =>
        ex.Status is 409 or 412 || (ex.Status == 404 && ex.ErrorCode != "TableNotFound");

    private async Task<string?> ReadWakeETagAsync(CaseId id, CancellationToken cancellationToken)
    {
        var row = await _cases.GetEntityIfExistsAsync(id.Value, CaseRows.StateRowKey, [CaseRows.WakeETagColumn], cancellationToken);
        return row.HasValue ? row.Value!.GetString(CaseRows.WakeETagColumn) : null;
    }

    /// <summary>The pointer records the highest outbox sequence of the commit, so a reader can tell whether that commit has landed.</summary>
    private async Task MarkOutboxPendingAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        var pointer = new TableEntity(PendingPartition, commit.State.Id.Value)
        {
            [PointerUpToColumn] = commit.Outbox.Max(m => m.Sequence),
            [PointerCreatedColumn] = commit.Outbox.Max(m => m.CreatedUtc),
        };
        await _pending.UpsertEntityAsync(pointer, TableUpdateMode.Replace, cancellationToken);
    }
}
