using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// A real local host on the shared Azurite with Chromium open on its console, for one test class: started before each
/// test, both closed after it. The shift browser tests derive from it, so each test starts with empty tables.
/// </summary>
public abstract class ConsoleSession(AzuriteFixture azurite, string prefix) : IAsyncLifetime
{
    private ConsoleBrowser? _browser;

    protected LocalHost Host { get; } = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique(prefix), LocalHost.Friday1400);

    protected ConsoleBrowser Browser => _browser ?? throw new InvalidOperationException("The browser opens in InitializeAsync.");

    public async Task InitializeAsync() => _browser = await ConsoleBrowser.OpenAsync(Host.BaseAddress);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Host.Dispose();
    }
}
