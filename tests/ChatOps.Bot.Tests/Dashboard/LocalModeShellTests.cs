using ChatOps.Bot.Host;
using ChatOps.Bot.Tests.Support;
using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>
/// The terminal shell starts the dashboard beside it in local mode: no identity provider, loopback only, signed in as
/// the shell user, with the same incidents as the terminal.
/// </summary>
public sealed class LocalModeShellTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-local-").FullName;

    [Fact]
    public async Task The_shell_prints_the_dashboard_address_and_an_incident_declared_there_updates_live_in_the_browser()
    {
        var keyboard = new TypedLines();
        var screen = new WatchedScreen();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(_folder, "chatops.db")};Pooling=False",
            ["PostMortems:Directory"] = Path.Combine(_folder, "postmortems"),
            ["Shell:User"] = "dana",
            ["Web:Urls"] = "http://127.0.0.1:0",
        };
        // On its own thread, as in a terminal: the shell blocks reading the next line.
        var shell = Task.Run(() => BotProgram.RunAsync(["shell"], keyboard, screen, TextWriter.Null, new FakeTimeProvider(ShellHarness.Start), settings));
        try
        {
            var address = (await screen.WaitForAsync(@"dashboard: (http://127\.0\.0\.1:\d+/dashboard) \(local mode", Patience)).Groups[1].Value;
            keyboard.Type("/incident declare P2 Queue consumers are stuck");
            await screen.WaitForAsync("Declared INC-2026-001", Patience);

            var page = await browser.NewPageAsync();
            await page.GotoAsync(address);
            await Assertions.Expect(page.Locator("header .badge.local")).ToHaveTextAsync("local mode");
            await Assertions.Expect(page.Locator("header .user")).ToHaveTextAsync("dana");
            await page.GetByRole(AriaRole.Link, new() { Name = "INC-2026-001" }).ClickAsync();
            await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-connected", "true");
            await Assertions.Expect(page.Locator("header .badge.local")).ToHaveTextAsync("local mode");

            keyboard.Type("/incident update identified The consumer group lost its lease");
            await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("[identified] The consumer group lost its lease");
            await BrowserFixture.ScreenshotAsync(page, "local-mode");

            // The same loopback server is the status page: what the shell publishes is what customers would read.
            keyboard.Type("/incident publish investigating --component api=partial_outage Some API requests are queued");
            await screen.WaitForAsync("Published investigating to the status page for INC-2026-001", Patience);
            await page.GotoAsync(address.Replace("/dashboard", "/status"));
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Some API requests are queued");
            await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Queue consumers are stuck");

            // The report is the dashboard's, behind its sign-in: local mode's sign-in is the shell user's.
            var report = await page.APIRequest.GetAsync(address + "/api/report?since=30d");
            Assert.Equal(200, report.Status);
            Assert.Contains("\"bySeverity\"", await report.TextAsync());
            await page.Context.CloseAsync();
        }
        finally
        {
            keyboard.Type("/quit");
            keyboard.End();
            Assert.Equal(0, await shell.WaitAsync(Patience));
        }
    }

    [Fact]
    public async Task No_web_starts_no_dashboard()
    {
        var keyboard = new TypedLines();
        var screen = new WatchedScreen();
        keyboard.End();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(_folder, "chatops.db")};Pooling=False",
            ["PostMortems:Directory"] = Path.Combine(_folder, "postmortems"),
            ["Web:Urls"] = "http://127.0.0.1:0",
        };
        Assert.Equal(0, await Task.Run(() => BotProgram.RunAsync(["shell", "--no-web"], keyboard, screen, TextWriter.Null, new FakeTimeProvider(ShellHarness.Start), settings)).WaitAsync(Patience));
        Assert.DoesNotContain("dashboard", screen.Text);
    }

    [Fact]
    public async Task A_dashboard_address_off_loopback_without_a_provider_is_refused_naming_the_key()
    {
        var error = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(_folder, "chatops.db")};Pooling=False",
            ["PostMortems:Directory"] = Path.Combine(_folder, "postmortems"),
            ["Web:Urls"] = "http://0.0.0.0:8765",
        };
        Assert.Equal(1, await BotProgram.RunAsync(["shell"], TextReader.Null, TextWriter.Null, error, new FakeTimeProvider(ShellHarness.Start), settings));
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Web__Urls 'http://0.0.0.0:8765' is not a loopback address", line);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
