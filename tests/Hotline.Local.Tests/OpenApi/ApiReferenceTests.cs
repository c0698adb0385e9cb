using System.Net;
using System.Text.RegularExpressions;
using Hotline.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hotline.Local.Tests.OpenApi;

/// <summary>
/// The API reference page (Scalar, /api-docs) is served by the host from its own package: the page and its script load
/// from this host only, and a real browser that opens it asks no other host for anything while it shows the API.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed partial class ApiReferenceTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("oasref"), LocalHost.Friday1400);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ReferencePage_IsServed_AndItsScriptComesFromTheHost()
    {
        using var none = _host.CreateClient();
        var response = await none.GetAsync("/api-docs");
        var html = await response.Content.ReadAsStringAsync();
        output.WriteLine(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        var absolute = AbsoluteUrl().Matches(html).Select(m => m.Value).Where(u => !u.StartsWith(_host.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)).ToList();
        Assert.True(absolute.Count == 0, "The page names other hosts: " + string.Join(", ", absolute));
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            var script = await none.GetAsync(new Uri(new Uri(_host.BaseAddress, "/api-docs/"), src));
            Assert.True(script.IsSuccessStatusCode, $"{src} → {(int)script.StatusCode}");
            Assert.Contains("javascript", script.Content.Headers.ContentType!.MediaType!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Console_LinksTheReferencePage_FromItsHeader()
    {
        using var none = _host.CreateClient();
        var console = await none.GetStringAsync("/");
        Assert.Matches(@"<header class=""topbar"">[\s\S]*<a class=""api-docs-link"" href=""/api-docs""[\s\S]*</header>", console);
    }

    [Fact]
    public async Task ReferencePage_InABrowser_ShowsTheApi_AndAsksNoOtherHost()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: test.sh installs Debian's chromium package.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN" });
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        // Anything bound elsewhere is refused, so a page that needs the internet would also fail to show the API.
        var host = _host.BaseAddress.GetLeftPart(UriPartial.Authority);
        await page.RouteAsync(url => !url.StartsWith(host, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal), route => route.AbortAsync());

        await page.GotoAsync(new Uri(_host.BaseAddress, "/api-docs").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.GetByText("受理来电（立案）· Take a call (intake)").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "api-reference.png"), FullPage = false });

        var elsewhere = requested.Where(u => !u.StartsWith(host, StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(elsewhere.Count == 0, "The reference page asked other hosts: " + string.Join(", ", elsewhere));
        Assert.Contains(requested, u => u.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://[^\s""'<>)]+")]
    private static partial Regex AbsoluteUrl();

    [GeneratedRegex(@"<script[^>]*\bsrc=""(?<src>[^""]+)""")]
    private static partial Regex ScriptSource();
}
