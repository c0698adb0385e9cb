using Azure.Data.Tables;

namespace Hotline.Azure.Storage;

/// <summary>The limits of one entity-group transaction, checked before it is submitted.</summary>
/// <remarks>
/// The service refuses a transaction of more than 100 actions or across partitions as a whole, with a 400 that
/// <see cref="StorageErrors"/> would report as an outage and callers would retry forever. A commit that cannot fit is
/// a bug in the caller (a decision that wrote too many rows), so it fails loudly here, before any write, and is never
/// split: splitting would give up the all-or-nothing commit the case store promises.
/// </remarks>
internal static class TransactionGuard
{
    public const int MaxActions = 100;

    /// <exception cref="InvalidOperationException">No action, more than <see cref="MaxActions"/>, or several partitions.</exception>
    /// <exception cref="ArgumentException">A key the service would refuse (see <see cref="TableKeys"/>).</exception>
    public static IReadOnlyList<TableTransactionAction> Check(IReadOnlyList<TableTransactionAction> actions, string what)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxActions)
        {
            throw new InvalidOperationException(
                $"{what} needs {actions.Count} operations; one Table transaction holds 1 to {MaxActions}.");
        }

        var partition = actions[0].Entity.PartitionKey;
        foreach (var action in actions)
        {
            TableKeys.Validate(action.Entity);
            if (!string.Equals(action.Entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"{what} spans partitions '{partition}' and '{action.Entity.PartitionKey}'; one Table transaction stays in one partition.");
            }
        }

        return actions;
    }
}
