using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hotline.Testing;
using Microsoft.Playwright;

namespace Hotline.Local.Tests;

/// <summary>
/// The print views printed by a real Chromium (R-PV-2): a case's processing file and the month's summary, rendered to PDF
/// the way "print to PDF" does (A4 from the page's own @page rule), the page count read from the PDF, the text read from
/// the page. Screenshots go to the test output folder (screenshots/). Uses the system Chromium (/usr/bin/chromium).
/// </summary>
/// <remarks>
/// The text is checked on the rendered page, not in the PDF: Chromium writes CJK text as glyph ids in compressed streams.
/// When no CJK font is installed (fc-list :lang=zh is empty on a bare Debian; fonts-noto-cjk provides one) the glyphs
/// print as boxes, so the test checks text and layout, never glyph shapes.
/// </remarks>
[Collection(AzuriteFixture.CollectionName)]
public sealed partial class FormPrintBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("forms"), LocalHost.Friday1400);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: test.sh installs Debian's chromium package.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _host.Dispose();
    }

    [Fact]
    [Trait("Rule", "R-PV-2")]
    [Trait("Rule", "R-RP-1")]
    public async Task ProcessingFileAndMonthlySummary_PrintToA4Pdf_OnePageEach_WithTheFormsText()
    {
        using var agent = _host.As("agent1");
        var created = await agent.PostOkAsync("/api/cases", JsonNode.Parse("""
            {"caller":{"name":"张三丰","phone":"13912345678","address":"3栋1201","property":"阳光园区"},"channel":"phone","category":"repair",
             "summary":"卫生间漏水","decision":"open","reason":"on-site-work","receivedBy":"agent1"}
            """)!);
        var id = created.Str("id");
        var month = LocalHost.Friday1400.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Api-Key"] = "demo-mgr" },
        });
        var page = await context.NewPageAsync();

        // The processing file, as the manager (who has a part in the case) prints it: portrait A4, one page.
        var file = await PrintAsync(page, $"/api/cases/{id}/forms/processing-file", "processing-file.png");
        Assert.Equal((1, false), (file.Pages, file.Landscape));
        // The local host's default profile is the park office's (001): its processing file is the 投诉调度记录 (立项 / 销项).
        Assert.Contains("投诉调度记录（立项 / 销项）", file.Text, StringComparison.Ordinal);
        Assert.Contains("13912345678", file.Text, StringComparison.Ordinal);
        Assert.Contains(id, file.Text, StringComparison.Ordinal);
        Assert.Contains("卫生间漏水", file.Text, StringComparison.Ordinal);
        Assert.Contains("处理过程", file.Text, StringComparison.Ordinal);

        // The monthly summary: fourteen columns, so landscape A4; agent1's line and the total; no caller data.
        var summary = await PrintAsync(page, $"/api/forms/monthly-summary?month={month}", "monthly-summary.png");
        Assert.Equal((1, true), (summary.Pages, summary.Landscape));
        Assert.Contains("物业管理投诉调度记录月总结表", summary.Text, StringComparison.Ordinal);
        Assert.Contains("agent1", summary.Text, StringComparison.Ordinal);
        Assert.Contains("合计", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", summary.Text, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    /// <summary>Opens a print view, screenshots it, prints it to PDF at the page's own size and reads the page count and orientation.</summary>
    private async Task<(int Pages, bool Landscape, string Text)> PrintAsync(IPage page, string path, string screenshot)
    {
        var response = await page.GotoAsync(new Uri(_host.BaseAddress, path).ToString());
        Assert.Equal(200, response!.Status);
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder.FullName, screenshot), FullPage = true });
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(folder.FullName, Path.ChangeExtension(screenshot, ".pdf")), pdf);

        var raw = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Count(raw);
        var box = MediaBox().Match(raw);
        Assert.True(box.Success, "The PDF states its page size.");
        var (width, height) = (double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture));
        // A4 is 595 × 842 points, either way round.
        Assert.InRange(Math.Min(width, height), 590, 600);
        Assert.InRange(Math.Max(width, height), 837, 847);
        return (pages, width > height, await page.InnerTextAsync("body"));
    }

    /// <summary>"/Type /Page" objects, not the "/Type /Pages" tree node.</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
