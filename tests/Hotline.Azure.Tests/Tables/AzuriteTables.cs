using Hotline.Azure.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

/// <summary>Gives each test a fresh table in the shared Azurite.</summary>
internal static class AzuriteTables
{
    public static async Task<TableClient> NewTableAsync(AzuriteFixture azurite)
    {
        var client = new TableServiceClient(azurite.ConnectionString).GetTableClient(UniqueTableName.Create());
        await client.CreateIfNotExistsAsync();
        return client;
    }
}
