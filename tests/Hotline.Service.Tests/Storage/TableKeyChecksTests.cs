using Hotline.Azure.Storage;
using Hotline.Service.Reports;
using Hotline.Testing;

namespace Hotline.Service.Tests.Storage;

/// <summary>Keys the service would refuse (or route elsewhere) are stopped in the store, as an argument error and not as an outage.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TableKeyChecksTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("park/dispatch")]
    [InlineData("park#dispatch")]
    [InlineData("park?dispatch")]
    public async Task Signature_ProfileIdWithAForbiddenCharacter_IsRefusedAsAnArgumentError(string profileId)
    {
        var signatures = new TableReportSignatures(TableStorage.CreateClient(azurite.ConnectionString), UniqueTableName.Create("k"));
        await signatures.CreateTableAsync(CancellationToken.None);
        var signature = new MonthlySignature(profileId, 2026, 3, "mgr", "ok", DateTimeOffset.UnixEpoch);

        await Assert.ThrowsAsync<ArgumentException>(() => signatures.TryAddAsync(signature, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => signatures.GetAsync(profileId, 2026, 3, CancellationToken.None));
    }
}
