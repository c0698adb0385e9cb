using Azure.Data.Tables;
using Hotline.Azure.Storage;

namespace Hotline.Azure.Tests.Storage;

public sealed class TransactionGuardTests
{
    [Fact]
    public void Check_OneHundredActionsInOnePartition_Passes()
    {
        var actions = Adds("case1", 100);

        Assert.Same(actions, TransactionGuard.Check(actions, "Commit"));
    }

    [Fact]
    public void Check_OneHundredAndOneActions_ThrowsSayingHowMany()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TransactionGuard.Check(Adds("case1", 101), "Case case1: a commit"));

        Assert.Contains("Case case1: a commit needs 101 operations", ex.Message, StringComparison.Ordinal);
        Assert.Contains("100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoAction_Throws() =>
        Assert.Throws<InvalidOperationException>(() => TransactionGuard.Check([], "Commit"));

    [Fact]
    public void Check_TwoPartitions_ThrowsNamingBoth()
    {
        var actions = Adds("case1", 2).Concat(Adds("case2", 1)).ToList();

        var ex = Assert.Throws<InvalidOperationException>(() => TransactionGuard.Check(actions, "Commit"));

        Assert.Contains("'case1' and 'case2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ForbiddenKeyCharacter_ThrowsBeforeSubmitting() =>
        Assert.Throws<ArgumentException>(() => TransactionGuard.Check(
            [new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("case1", "evt-1/2"))], "Commit"));

    private static List<TableTransactionAction> Adds(string partition, int count) =>
        [.. Enumerable.Range(1, count).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, $"evt-{i:D6}")))];
}
