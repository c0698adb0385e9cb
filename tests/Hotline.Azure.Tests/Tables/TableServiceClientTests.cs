using Azure;
using Hotline.Azure.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableServiceClientTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CreateIfNotExists_TwiceThenDelete_IsIdempotentBothWays()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var name = UniqueTableName.Create("Cases");

        var created = await service.CreateTableIfNotExistsAsync(name);
        var existing = await service.CreateTableIfNotExistsAsync(name);
        var deleted = await service.DeleteTableAsync(name);
        var missing = await service.DeleteTableAsync(name);

        Assert.Equal(204, created.Status);
        Assert.Equal(409, existing.Status);
        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task DeletedTable_LosesItsEntities()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var table = service.GetTableClient(UniqueTableName.Create());
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteAsync();

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync("p", "r"));
        Assert.Equal(404, ex.Status);
    }

    [Fact]
    public async Task WrongKey_IsRejectedByTheService()
    {
        // Proves Azurite checks the SharedKeyLite signature, so the passing tests prove ours is right.
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var service = new TableServiceClient(
            azurite.Azurite.TableEndpoint, new TableSharedKeyCredential(AzuriteProcess.AccountName, wrongKey));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => service.CreateTableIfNotExistsAsync(UniqueTableName.Create()));

        Assert.Equal(403, ex.Status);
        Assert.Equal("AuthorizationFailure", ex.ErrorCode);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("Tables")]
    public void InvalidTableNames_AreRejected(string name)
    {
        var service = new TableServiceClient(azurite.ConnectionString);

        Assert.Throws<ArgumentException>(() => service.GetTableClient(name));
    }

    [Fact]
    public void Clients_ExposeAccountAndAddresses()
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var table = service.GetTableClient("Cases");

        Assert.Equal("devstoreaccount1", table.AccountName);
        Assert.Equal(azurite.Azurite.TableEndpoint, service.Uri);
        Assert.Equal(new Uri(azurite.Azurite.TableEndpoint + "/Cases"), table.Uri);
    }
}
