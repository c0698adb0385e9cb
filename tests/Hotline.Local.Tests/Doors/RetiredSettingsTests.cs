namespace Hotline.Local.Tests.Doors;

/// <summary>
/// Issue 12 item 4: <c>--Hotline:Storage=Memory</c> was an option of the retired in-memory host. Configuration ignores
/// unknown keys, so the host refuses the key by name instead of quietly starting on Table Storage.
/// </summary>
public sealed class RetiredSettingsTests
{
    [Theory]
    [InlineData("--Hotline:Storage=Memory")]
    [InlineData("--hotline:storage=Tables")]
    public async Task RetiredStorageSetting_StopsTheHost_AndSaysWhatToDo(string setting)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => HotlineApp.BuildAsync(["--urls=http://127.0.0.1:0", setting]));

        Assert.Contains("Hotline:Storage", error.Message, StringComparison.Ordinal);
        Assert.Contains("AZURITE_DATA", error.Message, StringComparison.Ordinal);
    }
}
