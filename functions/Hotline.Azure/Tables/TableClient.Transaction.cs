using Azure;
using Azure.Core;

namespace Hotline.Azure.Tables;

public sealed partial class TableClient
{
    /// <summary>
    /// Applies up to 100 actions on one partition atomically (an entity-group transaction, <c>$batch</c>):
    /// all of them or none.
    /// </summary>
    /// <returns>One response per action, in order; each carries the entity's new ETag in <c>Headers.ETag</c>.</returns>
    /// <exception cref="ArgumentException">No actions, more than 100, several partitions, or a missing ETag.</exception>
    /// <exception cref="TableTransactionFailedException">
    /// The service refused the transaction; <see cref="TableTransactionFailedException.FailedOperationIndex"/>
    /// names the failing action.
    /// </exception>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var actions = transactionActions.ToList();
        ValidateTransaction(actions);

        var (body, contentType) = TableBatchWriter.Write(_rest.BaseUri, Name, actions);
        using var message = _rest.CreateMessage(RequestMethod.Post, "$batch", TableStatus.Accepted);
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, contentType);
        message.Request.Content = RequestContent.Create(body);

        Response response;
        try
        {
            response = await _rest.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw new TableTransactionFailedException(ex);
        }

        var results = TableBatchReader.Read(response);
        if (results.Find(r => r.Status >= 400) is { } failed)
        {
            throw new TableTransactionFailedException(TableErrorParser.CreateException(failed));
        }

        return results.Count == actions.Count
            ? Response.FromValue<IReadOnlyList<Response>>(results, response)
            : throw new RequestFailedException(
                response.Status, $"The service answered {results.Count} operations for the {actions.Count} sent.");
    }

    private static void ValidateTransaction(List<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > TableBatchWriter.MaxOperations)
        {
            throw new ArgumentException($"A transaction holds 1–{TableBatchWriter.MaxOperations} actions, not {actions.Count}.", nameof(actions));
        }

        foreach (var action in actions)
        {
            ArgumentNullException.ThrowIfNull(action, nameof(actions));
            RequireKeys(action.Entity);
        }

        var partitionKey = actions[0].Entity.PartitionKey;
        if (actions.Exists(a => a.Entity.PartitionKey != partitionKey))
        {
            throw new ArgumentException("All actions of a transaction must target one partition.", nameof(actions));
        }
    }
}
