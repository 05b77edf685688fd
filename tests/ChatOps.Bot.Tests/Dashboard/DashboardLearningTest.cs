using System.Net;
using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>
/// The metrics, drills and follow-ups pages' tests: incidents run over Slack at chosen times on the fake clock, then
/// read in the browser.
/// </summary>
public abstract class DashboardLearningTest(BrowserFixture browser) : DashboardTest(browser)
{
    /// <summary>Every visible control without a label (the keyboard tests' check).</summary>
    protected const string Unlabelled = """
        () => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea, button'))
            .filter(c => !(c.labels && c.labels.length > 0) && !c.getAttribute('aria-label') && !(c.tagName === 'BUTTON' && c.textContent.trim()))
            .map(c => c.outerHTML)
        """;

    /// <summary>Runs <c>/incident text</c> in <paramref name="channel"/> and waits until the bot has answered it.</summary>
    protected async Task RunAsync(string user, string channel, string text)
    {
        var response = await Driver.SlashAsync(user, channel, text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Host.InboxIdleAsync();
    }

    /// <summary>Declares in #general and returns the new incident's (or drill's) channel, found by its number.</summary>
    protected async Task<string> OpenAsync(string text, string number, string user = Alice)
    {
        await RunAsync(user, General, text);
        var prefix = (text.StartsWith("drill ", StringComparison.Ordinal) ? "drill-" : "") + number.ToLowerInvariant();
        return Slack.Channels.Single(c => c.Name.StartsWith(prefix, StringComparison.Ordinal)).Id;
    }

    /// <summary>The <c>data-value</c> of the point of <paramref name="series"/> at <paramref name="category"/> in the chart <paramref name="chart"/>.</summary>
    protected static Task<string?> ValueAsync(IPage page, string chart, string series, string category) =>
        page.Locator($"#{chart} [data-series=\"{series}\"][data-category=\"{category}\"]").GetAttributeAsync("data-value");
}
