using Azure;
using Azure.Data.Tables;
using Hotline.Domain.Cases;
using Hotline.Service.Storage;

namespace Hotline.Azure.Storage;

public sealed partial class TableCaseStore
{
    /// <summary>
    /// State, ledger and outbox rows in one transaction of the case partition, guarded by the expected ETag; then the
    /// report projection and the index rows (a retry of a commit that landed writes them too). A new case's search and
    /// list rows go first (TableCaseStore.Index.cs).
    /// </summary>
    /// <exception cref="InvalidOperationException">The commit needs more than the 100 operations one transaction holds; nothing is written.</exception>
    public Task<StoredCase> CommitAsync(CaseCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var state = commit.State;
        var stateRow = CaseRows.State(state);
        var actions = new List<TableTransactionAction>
        {
            commit.ExpectedETag is null
                ? new(TableTransactionActionType.Add, stateRow)
                : new(TableTransactionActionType.UpdateReplace, stateRow, new ETag(commit.ExpectedETag)),
        };
        actions.AddRange(commit.Ledger.Select(e => new TableTransactionAction(TableTransactionActionType.Add, CaseRows.Ledger(state.Id, e))));
        actions.AddRange(commit.Outbox.Select(m => new TableTransactionAction(TableTransactionActionType.Add, OutboxRows.ToEntity(m))));
        TransactionGuard.Check(
            actions, $"Case {state.Id}: a commit of 1 state, {commit.Ledger.Count} ledger and {commit.Outbox.Count} outbox rows");

        return StorageErrors.GuardAsync(
            async () =>
            {
                if (commit.ExpectedETag is null)
                {
                    // Before the transaction: a crash after it must not leave a case that search and the list never find.
                    await Task.WhenAll(WriteSearchRowsAsync(state, cancellationToken), WriteListRowAsync(state, cancellationToken));
                }

                var stored = await SubmitAsync(state, actions, cancellationToken);
                await ProjectCommitAsync(state, commit.Ledger, cancellationToken);
                await WriteIndexRowsAsync(state, commit.Before, cancellationToken);
                return stored;
            },
            cancellationToken);
    }

    private async Task<StoredCase> SubmitAsync(CaseState state, List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        Response<IReadOnlyList<Response>> results;
        try
        {
            results = await _cases.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (IsConflict(ex))
        {
            if (await LandedEarlierAsync(state, cancellationToken) is { } landed)
            {
                return landed;
            }

            throw new ConcurrencyException($"Case {state.Id} changed or already exists ({ex.Status} {ex.ErrorCode}); nothing was written.", ex);
        }

        var etag = results.Value[0].Headers.ETag
            ?? throw new InvalidOperationException($"The service did not return the new ETag of case {state.Id}.");
        return new StoredCase(state, etag.ToString());
    }

    /// <summary>
    /// The client retries a transaction whose answer did not arrive (a timeout under load); when the first attempt did land,
    /// the retry meets its own write as a conflict. The state row then holds exactly this state — same version, same
    /// snapshot — and, the transaction being all or nothing, the ledger and outbox rows with it: that is this commit, done.
    /// </summary>
    private async Task<StoredCase?> LandedEarlierAsync(CaseState state, CancellationToken cancellationToken)
    {
        var current = await _cases.GetEntityIfExistsAsync<TableEntity>(state.Id.Value, CaseRows.StateRowKey, cancellationToken: cancellationToken);
        return current.HasValue && current.Value is { } row && row.GetInt32("Version") == state.Version
            && CaseRows.SnapshotJson(row) == CaseRows.SnapshotJson(CaseRows.State(state))
                ? new StoredCase(state, row.ETag.ToString())
                : null;
    }

    /// <summary>
    /// 409: the case exists (create) or a row of this version was written already; 412: the state changed;
    /// 404: the case to update is gone. A missing table is a configuration failure, not a conflict.
    /// </summary>
    private static bool IsConflict(RequestFailedException ex) =>
        ex.Status is 409 or 412 || (ex.Status == 404 && ex.ErrorCode != "TableNotFound");
}
