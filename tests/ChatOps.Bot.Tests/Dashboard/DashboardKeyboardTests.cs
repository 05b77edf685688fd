using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>The main pages work from the keyboard: every control has a label, and Tab reaches the main actions.</summary>
public sealed class DashboardKeyboardTests(BrowserFixture browser) : DashboardTest(browser)
{
    private const string Unlabelled = """
        () => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
            .filter(c => !(c.labels && c.labels.length > 0) && !c.getAttribute('aria-label') && !(c.tagName === 'BUTTON' && c.textContent.trim()))
            .map(c => c.outerHTML)
        """;

    [Fact]
    public async Task Every_control_is_labelled_and_tab_reaches_the_filter_and_the_incident_actions()
    {
        await DeclareAsync();
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");

        Assert.Empty(await page.EvaluateAsync<string[]>(Unlabelled));
        await TabToAsync(page, "Filter");

        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");
        Assert.Empty(await page.EvaluateAsync<string[]>(Unlabelled));
        await TabToAsync(page, "Acknowledge");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("cknowledged");

        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");
        await TabToAsync(page, "Add action item");
        await CloseAsync(page);
    }

    /// <summary>Presses Tab from the top of the page until the button named <paramref name="name"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string name)
    {
        var seen = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => (document.activeElement.textContent || document.activeElement.id || '').trim()");
            seen.Add(focused);
            if (focused == name) return;
        }
        Assert.Fail($"Tab never reached '{name}'; it went through: {string.Join(" | ", seen)}");
    }
}
