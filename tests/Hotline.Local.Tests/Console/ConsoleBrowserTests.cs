using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

using Hotline.Testing;

namespace Hotline.Local.Tests;

/// <summary>
/// The web console in a real Chromium against the real local host: an agent files a call, the repair lead answers
/// the task through the SMS simulator panel, an outsider sees the caller masked. Uses the system Chromium
/// (/usr/bin/chromium, installed by test.sh); Playwright never downloads a browser here.
/// </summary>
[Collection(AzuriteFixture.CollectionName)]
public sealed partial class ConsoleBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string RepairLeadPhone = "+8613900000009";

    private readonly LocalHost _host = LocalHost.Start(azurite.ConnectionString, LocalHost.Unique("console"), LocalHost.Friday1400);
    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("hotline-console-");
    private readonly List<string> _pageErrors = [];
    private IPlaywright? _playwright;
    private IBrowserContext? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: test.sh installs Debian's chromium package.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile.FullName, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
        });
        SetDefaultExpectTimeout(10_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _host.Dispose();
        _profile.Delete(recursive: true);
    }

    [Fact]
    [Trait("Rule", "R-IN-1")]
    [Trait("Rule", "R-PV-1")]
    public async Task Console_AgentFilesCall_LeadAcknowledgesBySms_OutsiderSeesCallerMasked()
    {
        var page = _browser!.Pages.Count > 0 ? _browser.Pages[0] : await _browser.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        await page.GotoAsync(_host.BaseAddress.ToString());

        await SignInAsync(page, "agent1");
        await Expect(page.Locator("#who-name")).ToHaveTextAsync("调度员 小周");
        await page.Locator("[data-tab=intake]").ClickAsync();

        // Intake with a bad phone: the server's 400 names the field, shown next to the control and in the list.
        var intake = page.Locator("#intake-form");
        await intake.Locator("[name='caller.name']").FillAsync("张三丰");
        await intake.Locator("[name='caller.phone']").FillAsync("12");
        await intake.Locator("[name='caller.address']").FillAsync("3栋1201");
        await intake.Locator("[name='caller.property']").FillAsync("阳光园区");
        await intake.Locator("[name='summary']").FillAsync("卫生间漏水");
        await intake.Locator("button[type=submit]").ClickAsync();
        await Expect(intake.Locator(".problem")).ToContainTextAsync("caller.phone");
        await Expect(intake.Locator("[data-error-for='caller.phone']")).Not.ToBeEmptyAsync();

        await intake.Locator("[name='caller.phone']").FillAsync("139 1234 5678");
        await intake.Locator("button[type=submit]").ClickAsync();
        var opened = page.Locator("#case .case-head .status");
        await Expect(opened).ToHaveAttributeAsync("data-status", "dispatched");
        var id = await page.Locator("#case").GetAttributeAsync("data-case-id") ?? throw new InvalidOperationException("No case id shown.");

        // The list shows it; the case view shows the recorded call and the decision with their rules.
        await page.Locator("[data-tab=cases]").ClickAsync();
        await page.Locator($"#case-list tr[data-case-id='{id}']").ClickAsync();
        await Expect(page.Locator("#timeline tr[data-kind=received] code.rule")).ToHaveTextAsync("R-IN-1");
        await Expect(page.Locator("#timeline tr[data-kind=opened] code.rule")).ToHaveTextAsync("R-IN-2");
        await Expect(page.Locator("#case .caller-phone")).ToHaveTextAsync("+8613912345678");

        // The repair lead's phone got the task and answers 收到 from the simulator panel.
        await page.Locator("#sim select[name=phone]").SelectOptionAsync(RepairLeadPhone);
        await Expect(page.Locator("#sms-messages li.in").First).ToContainTextAsync(id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..]);
        await page.Locator("#sms-text").FillAsync("收到");
        await page.Locator("#sms-send").ClickAsync();
        await Expect(opened).ToHaveAttributeAsync("data-status", "in-progress");
        // Staff by name, the id only as the tooltip (issue 12).
        var ackBy = page.Locator("#timeline tr[data-kind=acknowledged] .person");
        await Expect(ackBy).ToHaveTextAsync("维修班长 赵师傅");
        await Expect(ackBy).ToHaveAttributeAsync("title", "engineering-head");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/console.png", FullPage = true });

        // Desk staff with no part in the case see the caller masked (field staff without a part do not see it at all: R-PV-1).
        await page.Locator("#signout").ClickAsync();
        await SignInAsync(page, "agent2");
        await page.Locator("[data-tab=cases]").ClickAsync();
        await page.Locator($"#case-list tr[data-case-id='{id}']").ClickAsync();
        await Expect(page.Locator("#case .caller-phone")).ToHaveTextAsync("139****5678");
        await Expect(page.Locator("#case .masked")).ToBeVisibleAsync();
        await Expect(page.Locator("#case")).Not.ToContainTextAsync("13912345678");

        Assert.Empty(_pageErrors);
    }

    private static async Task SignInAsync(IPage page, string staffId)
    {
        var form = page.Locator("#signin-form");
        await Expect(form.Locator("#signin-demo-field")).ToBeVisibleAsync();
        await form.Locator("#signin-demo").SelectOptionAsync("demo-" + staffId);
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#workspace")).ToBeVisibleAsync();
    }
}
