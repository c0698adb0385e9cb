using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Local.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against one local host, for the shift tests (issue 12): sign-in with a demo key,
/// screenshots into the test output (screenshots/), and the page errors the tests assert empty.
/// </summary>
public sealed class ConsoleBrowser : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    public static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("hotline-shift-");
    private IPlaywright? _playwright;
    private IBrowserContext? _context;

    public List<string> PageErrors { get; } = [];

    public IPage Page { get; private set; } = null!;

    public static async Task<ConsoleBrowser> OpenAsync(Uri address)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: test.sh installs Debian's chromium package.");
        }

        var browser = new ConsoleBrowser();
        browser._playwright = await Playwright.CreateAsync();
        browser._context = await browser._playwright.Chromium.LaunchPersistentContextAsync(browser._profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        SetDefaultExpectTimeout(10_000);
        browser.Page = browser._context.Pages.Count > 0 ? browser._context.Pages[0] : await browser._context.NewPageAsync();
        browser.Page.PageError += (_, error) => browser.PageErrors.Add(error);
        await browser.Page.GotoAsync(address.ToString());
        return browser;
    }

    /// <summary>Signs in with the demo key of <paramref name="staffId"/> (the host runs the demo seed).</summary>
    public async Task SignInAsync(string staffId)
    {
        var form = Page.Locator("#signin-form");
        await Expect(form.Locator("#signin-demo-field")).ToBeVisibleAsync();
        await form.Locator("#signin-demo").SelectOptionAsync("demo-" + staffId);
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(Page.Locator("#workspace")).ToBeVisibleAsync();
    }

    /// <summary>A full-page screenshot named <paramref name="name"/> in the test output; fails when it came out empty.</summary>
    public async Task ShotAsync(string name)
    {
        Directory.CreateDirectory(Screenshots);
        var path = Path.Combine(Screenshots, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        _playwright?.Dispose();
        _profile.Delete(recursive: true);
    }
}
