using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>
/// The incident page's forms for action items, the status page and the response (severity, resolve), each the command
/// chat runs: checked on the page, in the engine's store and, for the status page, on the public page.
/// </summary>
public sealed class DashboardIncidentActionsTests(BrowserFixture browser) : DashboardTest(browser)
{
    [Fact]
    public async Task An_action_item_is_added_and_completed_in_the_browser_and_a_bad_due_date_keeps_what_was_typed()
    {
        var channel = await DeclareAsync("declare P1 Checkout errors for EU customers");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        await page.GetByLabel("Owner").FillAsync("oncall-engineer");
        await page.GetByLabel("Due").FillAsync("someday");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Alert on <b>checkout</b> 5xx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("'someday' is not a due date");
        await Assertions.Expect(page.GetByLabel("Owner")).ToHaveValueAsync("oncall-engineer");
        await Assertions.Expect(page.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync("Alert on <b>checkout</b> 5xx");
        Assert.Empty((await StoredAsync(channel.Id)).Actions);

        await page.GetByLabel("Due").FillAsync("3d");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Added action #1 to INC-2026-001");
        var row = page.Locator("table.action-items tbody tr");
        await Assertions.Expect(row).ToContainTextAsync("Alert on <b>checkout</b> 5xx");
        await Assertions.Expect(row).ToContainTextAsync("open");
        Assert.Equal(0, await page.Locator("main b").CountAsync());
        await Assertions.Expect(page.GetByLabel("Owner")).ToHaveValueAsync("");
        await BrowserFixture.ScreenshotAsync(page, "incident-actions");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark action #1 done" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Action #1 of INC-2026-001 is done; 0 still open.");
        await Assertions.Expect(row).ToContainTextAsync("done");
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("Action #1 done: Alert on <b>checkout</b> 5xx");

        var item = Assert.Single((await StoredAsync(channel.Id)).Actions);
        Assert.Equal("oncall-engineer", item.Owner);
        Assert.Equal(Host.Time.GetUtcNow() + TimeSpan.FromDays(3), item.DueAt);
        Assert.NotNull(item.DoneAt);
        Assert.Equal(Alice, item.DoneBy);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await (await page.APIRequest.GetAsync(Dashboard + "/api/incidents/INC-2026-001")).TextAsync())!;
        Assert.Equal("oncall-engineer", json["actions"]![0]!["owner"]!.GetValue<string>());
        Assert.Equal(Alice, json["actions"]![0]!["doneBy"]!.GetValue<string>());
        await CloseAsync(page);
    }

    [Fact]
    public async Task An_update_published_from_the_browser_shows_on_the_status_page_under_its_public_title()
    {
        await DeclareAsync("declare P1 Checkout errors after the payments deploy");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        await page.GetByLabel("Public title").FillAsync("Some payments fail");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set public title" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("The status page calls INC-2026-001 \"Some payments fail\"");
        await page.GetByLabel("Publish as").SelectOptionAsync("investigating");
        await page.GetByLabel("API", new() { Exact = true }).SelectOptionAsync("partial_outage");
        await page.GetByLabel("Public message").FillAsync("Some card payments fail; we are investigating.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish update" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Published investigating to the status page for INC-2026-001.");
        var section = page.Locator("section[aria-labelledby=published]");
        await Assertions.Expect(section).ToContainTextAsync("Some payments fail");
        await Assertions.Expect(section).ToContainTextAsync("API: Partial outage");
        await Assertions.Expect(section.Locator("table.publications tbody tr")).ToContainTextAsync("Some card payments fail; we are investigating.");

        var publicPage = await Host.Client.GetStringAsync("/status");
        Assert.Contains("Some payments fail", publicPage);
        Assert.Contains("Some card payments fail; we are investigating.", publicPage);
        Assert.DoesNotContain("payments deploy", publicPage);
        Assert.DoesNotContain("INC-2026-001", publicPage);
        await CloseAsync(page);
    }

    [Fact]
    public async Task A_private_incident_gets_the_engines_refusal_to_publish_and_the_typed_message_stays()
    {
        var channel = await DeclareAsync("declare P1 --private Payroll export visible to the wrong tenant");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        await page.GetByLabel("Public message").FillAsync("We are looking into it.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish update" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("INC-2026-001 is private: private incidents never appear on the status page.");
        await Assertions.Expect(page.GetByLabel("Public message")).ToHaveValueAsync("We are looking into it.");
        Assert.False((await StoredAsync(channel.Id)).WasPublished);
        await CloseAsync(page);
    }

    [Fact]
    public async Task The_severity_is_changed_and_the_incident_resolved_from_the_browser()
    {
        var channel = await DeclareAsync("declare P1 Search results are stale");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        await page.GetByLabel("Severity").SelectOptionAsync("P2");
        await page.GetByLabel("Why").FillAsync("Only search is affected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change severity" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("INC-2026-001 is now P2.");

        await page.GetByLabel("Resolution summary").FillAsync("Reindexed the catalogue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Resolved INC-2026-001.");
        await Assertions.Expect(page.Locator("dl.facts").First).ToContainTextAsync("Reindexed the catalogue");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).CountAsync());

        var stored = await StoredAsync(channel.Id);
        Assert.Equal(Core.Incidents.IncidentStatus.Resolved, stored.Status);
        Assert.Equal("P2", stored.SeverityKey);
        Assert.Equal("Reindexed the catalogue", stored.Summary);
        await CloseAsync(page);
    }

    [Fact]
    public async Task An_audience_is_notified_from_the_browser_and_an_escalate_pressed_twice_goes_up_once()
    {
        var channel = await DeclareAsync("declare P1 Search is slow");
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        await page.GetByLabel("Audience").SelectOptionAsync("internal");
        await page.GetByLabel("Message to them").FillAsync("Search is slow; looking into it");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notify" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Notified internal (Internal team) of INC-2026-001: posted in #engineering.");
        await PostedAsync("engineering", "Search is slow; looking into it");

        var tier = await page.Locator("input[name=escalate-tier]").GetAttributeAsync("value");
        await page.GetByRole(AriaRole.Button, new() { Name = "Escalate" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.said")).ToContainTextAsync("Escalated INC-2026-001 to tier 1.");
        var token = await page.Locator("input[name=__antiforgery]").First.GetAttributeAsync("value");
        var form = page.APIRequest.CreateFormData();
        form.Set("__antiforgery", token!);
        form.Set("escalate-tier", tier!);
        var again = await page.APIRequest.PostAsync(Dashboard + "/incidents/INC-2026-001/escalate", new() { Form = form });
        Assert.Contains("was already escalated to tier 1", await again.TextAsync());
        Assert.Single((await StoredAsync(channel.Id)).Escalations);
        await CloseAsync(page);
    }

    [Fact]
    public async Task A_non_participant_gets_the_engines_refusal_and_nothing_changes()
    {
        var channel = await DeclareAsync();
        var bob = await SignInAsync(Bob, BobEmail, "Bob");
        await bob.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        await bob.GetByRole(AriaRole.Button, new() { Name = "Escalate" }).ClickAsync();
        await Assertions.Expect(bob.Locator("p.notice")).ToContainTextAsync("Only INC-2026-001's participants");
        await bob.GetByLabel("Owner").FillAsync("bob");
        await bob.GetByLabel("Due").FillAsync("1w");
        await bob.GetByLabel("Action", new() { Exact = true }).FillAsync("Bob's own idea");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await Assertions.Expect(bob.Locator("p.notice")).ToContainTextAsync("Only INC-2026-001's participants");
        await Assertions.Expect(bob.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync("Bob's own idea");

        var stored = await StoredAsync(channel.Id);
        Assert.Empty(stored.Actions);
        Assert.Empty(stored.Escalations);
        await CloseAsync(bob);
    }

    [Fact]
    public async Task People_are_shown_by_their_runbook_names_with_the_platform_id_in_the_title()
    {
        await DeclareAsync("declare P2 Webhooks are slow", user: OnCall);
        var head = await SignInAsync(Head, HeadEmail, "Head of Engineering");
        await head.GotoAsync(Dashboard + "/incidents/INC-2026-001");

        var commander = head.Locator("section[aria-labelledby=roles] dd").First;
        await Assertions.Expect(commander).ToHaveTextAsync("oncall-engineer");
        await Assertions.Expect(commander.Locator(".person")).ToHaveAttributeAsync("title", OnCall);
        var declared = head.Locator("ol.timeline li").First.Locator(".actor");
        await Assertions.Expect(declared).ToHaveTextAsync("oncall-engineer");
        await Assertions.Expect(declared.Locator(".person")).ToHaveAttributeAsync("title", OnCall);

        await head.GotoAsync(Dashboard + "/audit");
        var who = head.Locator("table tbody tr").Filter(new() { HasText = "declare" }).Locator("td").Nth(2);
        await Assertions.Expect(who).ToHaveTextAsync("oncall-engineer");
        await Assertions.Expect(who.Locator(".person")).ToHaveAttributeAsync("title", OnCall);
        await CloseAsync(head);
    }

    private async Task<Core.Incidents.Incident> StoredAsync(string channelId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByChannelAsync(channelId, CancellationToken.None))!;
    }
}
