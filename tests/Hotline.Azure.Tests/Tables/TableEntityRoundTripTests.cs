using Hotline.Azure.Tables;
using Hotline.Testing;

namespace Hotline.Azure.Tests.Tables;

/// <summary>Every supported type survives a write and a read through a real Table service.</summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed class TableEntityRoundTripTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AllSupportedTypes_RoundTripWithTheirType()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var at = new DateTimeOffset(2026, 11, 22, 17, 59, 59, TimeSpan.FromHours(8)).AddTicks(1_234_567);
        var id = Guid.NewGuid();
        byte[] bytes = [0, 1, 2, 254, 255];
        await table.AddEntityAsync(new TableEntity("p", "r")
        {
            ["Text"] = "市民来电：路灯不亮 \"quoted\" \\ back",
            ["Flag"] = true,
            ["Small"] = -42,
            ["Big"] = (1L << 53) + 1,
            ["Max"] = long.MaxValue,
            ["Ratio"] = 0.1,
            ["Whole"] = 2.0,
            ["At"] = at,
            ["Id"] = id,
            ["Bytes"] = bytes,
        });

        var read = (await table.GetEntityIfExistsAsync("p", "r")).Value!;

        Assert.Equal("市民来电：路灯不亮 \"quoted\" \\ back", read["Text"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(-42, read["Small"]);
        Assert.Equal((1L << 53) + 1, read["Big"]);
        Assert.Equal(long.MaxValue, read["Max"]);
        Assert.Equal(0.1, read["Ratio"]);
        Assert.Equal(2.0, read.GetDouble("Whole"));
        Assert.Equal(at, read["At"]);
        Assert.Equal(TimeSpan.Zero, read.GetDateTimeOffset("At")!.Value.Offset);
        Assert.Equal(id, read["Id"]);
        Assert.Equal(bytes, read["Bytes"]);
    }

    [Fact]
    public async Task DateTimeOffset_KeepsFullTickPrecision()
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(9_999_999);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["At"] = at });

        var read = (await table.GetEntityIfExistsAsync("p", "r")).Value!;

        Assert.Equal(at.UtcTicks, read.GetDateTimeOffset("At")!.Value.UtcTicks);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    [InlineData(-0.000123)]
    [InlineData(1e300)]
    public async Task Double_SpecialAndExtremeValues_RoundTrip(double value)
    {
        var table = await AzuriteTables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["D"] = value });

        var read = (await table.GetEntityIfExistsAsync("p", "r")).Value!;

        Assert.Equal(value, read.GetDouble("D"));
    }
}
