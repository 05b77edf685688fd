using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>Signing in through OpenID Connect, the incidents list, and an incident's timeline following Slack live.</summary>
public sealed class DashboardSignInAndLiveTests(BrowserFixture browser) : DashboardTest(browser)
{
    [Fact]
    public async Task A_person_signs_in_and_watches_the_timeline_of_an_incident_declared_over_Slack_update_live()
    {
        var channel = await DeclareAsync("declare P1 Checkout is down for EU customers");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        Assert.Equal(1, Oidc.TokensIssued);

        var row = page.Locator("table.incidents tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Checkout is down for EU customers");
        await BrowserFixture.ScreenshotAsync(page, "incidents");

        await page.GetByRole(AriaRole.Link, new() { Name = "INC-2026-001" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("INC-2026-001: Checkout is down for EU customers");
        await Assertions.Expect(page.Locator("#live")).ToHaveAttributeAsync("data-connected", "true");
        await page.EvaluateAsync("() => { window.stillThisPage = true; }");

        await Driver.SlashAsync(Alice, channel.Id, "update identified A bad deploy of the payment service");

        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("[identified] A bad deploy of the payment service");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("identified");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillThisPage === true"), "the timeline was updated by reloading the page, not live");
        await BrowserFixture.ScreenshotAsync(page, "incident");
        await CloseAsync(page);
    }

    [Fact]
    public async Task The_incidents_list_filters_by_text_severity_and_status()
    {
        await DeclareAsync("declare P2 Search results are stale");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");

        await page.GetByLabel("Text").FillAsync("stale");
        await page.GetByLabel("Severity").SelectOptionAsync("P2");
        await page.GetByLabel("Status").SelectOptionAsync("open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.incidents tbody tr")).ToHaveCountAsync(1);

        await page.GetByLabel("Status").SelectOptionAsync("past");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("#count")).ToHaveTextAsync("0 incidents.");

        await page.GotoAsync(Dashboard + "/incidents?from=yesterday");
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("From 'yesterday' is not a date: write it as YYYY-MM-DD.");
        await CloseAsync(page);
    }
}
