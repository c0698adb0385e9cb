using Hotline.Azure.Storage;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Storage;

public sealed class TableStorageTests
{
    [Fact]
    public void CreateClient_ConnectionString_AddressesItsAccount()
    {
        var client = TableStorage.CreateClient(
            $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:10002/{AzuriteProcess.AccountName};");

        Assert.Equal(AzuriteProcess.AccountName, client.AccountName);
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", client.Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public void CreateClient_AccountUri_AddressesThatAccount()
    {
        // Signs in with DefaultAzureCredential (the managed identity in Azure); nothing is requested until the first call.
        var client = TableStorage.CreateClient("https://hotlineprod.table.core.windows.net/");

        Assert.Equal("hotlineprod", client.AccountName);
        Assert.Equal(new Uri("https://hotlineprod.table.core.windows.net/"), client.Uri);
    }

    [Fact]
    public void CreateOptions_RetryFewTimesWithAShortTimeout()
    {
        var retry = TableStorage.CreateOptions().Retry;

        Assert.InRange(retry.MaxRetries, 1, 5);
        Assert.InRange(retry.NetworkTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.InRange(retry.MaxDelay, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void CreateClient_EmptySetting_Throws(string setting) =>
        Assert.Throws<ArgumentException>(() => TableStorage.CreateClient(setting));
}
