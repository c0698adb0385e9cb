using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Azurite;

public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task Dispose_StopsTheServiceAndFreesThePort()
    {
        var azurite = await AzuriteProcess.StartAsync();
        var port = azurite.TablePort;
        var tables = new TableServiceClient(azurite.ConnectionString);

        await azurite.DisposeAsync();

        Assert.Equal(azurite.TableEndpoint.ToString().TrimEnd('/'), tables.Uri.ToString().TrimEnd('/'));
        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public void UniqueTableName_IsValidAndUnique()
    {
        var a = UniqueTableName.Create("Cases");
        var b = UniqueTableName.Create("Cases");

        Assert.NotEqual(a, b);
        Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", a);
        Assert.Throws<ArgumentException>(() => UniqueTableName.Create("1bad"));
    }
}
