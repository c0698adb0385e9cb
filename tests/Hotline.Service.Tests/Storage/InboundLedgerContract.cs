using Hotline.Azure.Storage;
using Hotline.Service.Sms;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

/// <summary>The inbound ledger: one claim per message id, and the reply kept until it was sent.</summary>
public abstract class InboundLedgerContract
{
    protected abstract Task<IInboundLedger> CreateAsync();

    [Fact]
    public async Task FirstClaim_Wins_LaterClaimsSeeTheRecordedReply()
    {
        var ledger = await CreateAsync();
        Assert.Null(await ledger.ClaimAsync("m-1", CancellationToken.None));
        Assert.Equal(new InboundRecord(null, null, false), await ledger.ClaimAsync("m-1", CancellationToken.None));

        await ledger.SaveAsync("m-1", new InboundRecord("+8613900000009", "已确认收到0001", ReplySent: false), CancellationToken.None);
        Assert.Equal(new InboundRecord("+8613900000009", "已确认收到0001", false), await ledger.ClaimAsync("m-1", CancellationToken.None));

        await ledger.SaveAsync("m-1", new InboundRecord("+8613900000009", "已确认收到0001", ReplySent: true), CancellationToken.None);
        Assert.True((await ledger.ClaimAsync("m-1", CancellationToken.None))!.ReplySent);
        Assert.Null(await ledger.ClaimAsync("m-2/with?odd#chars", CancellationToken.None));
    }
}

public sealed class InMemoryInboundLedgerTests : InboundLedgerContract
{
    protected override Task<IInboundLedger> CreateAsync() => Task.FromResult<IInboundLedger>(new InMemoryInboundLedger());
}

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableInboundLedgerTests(AzuriteFixture azurite) : InboundLedgerContract
{
    protected override async Task<IInboundLedger> CreateAsync()
    {
        var ledger = new TableInboundLedger(TableStorage.CreateClient(azurite.ConnectionString), UniqueTableName.Create("i"));
        await ledger.CreateTableAsync(CancellationToken.None);
        return ledger;
    }
}
