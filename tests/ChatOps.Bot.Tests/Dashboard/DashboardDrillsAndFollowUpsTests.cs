using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>The drills page (log with scorecards, schedules) and the follow-ups page (by owner, overdue first, private items hidden).</summary>
public sealed class DashboardDrillsAndFollowUpsTests(BrowserFixture browser) : DashboardLearningTest(browser)
{
    /// <summary>
    /// A webhook-5xx drill (targets detect 5m, mitigate 15m, post-mortem 1d) from Sat 2026-03-14 09:00: acknowledged at
    /// 3m (detect falls back to it: met), monitoring at 20m (mitigate: missed by 5m), resolved at 25m, post-mortem
    /// done 10m after (met), its gap named, ended.
    /// </summary>
    [Fact]
    public async Task The_drills_page_shows_a_scored_drill_with_its_verdicts_and_the_next_scheduled_drill()
    {
        var drill = await OpenAsync("drill start webhook-5xx", "inc-2026-001");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(3));
        await RunAsync(Alice, drill, "ack");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(17));
        await RunAsync(Alice, drill, "update monitoring Edge function rolled back");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));
        await RunAsync(Alice, drill, "resolve Rolled back");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(10));
        await RunAsync(Alice, drill, "postmortem done");
        await RunAsync(Alice, drill, "drill gap Nobody alerts on <b>webhook_retry</b>");
        await RunAsync(Alice, drill, "drill end");

        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Drills", Exact = true }).ClickAsync();

        var row = page.Locator("tr[data-drill='INC-2026-001']");
        await Assertions.Expect(row.Locator("td.verdict")).ToHaveTextAsync(["met: 3m (target 5m)", "MISSED by 5m: 20m (target 15m)", "met: 10m (target 1d)"]);
        await Assertions.Expect(row.Locator("td.verdict.missed")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("2 of 3 targets met");
        await Assertions.Expect(row).ToContainTextAsync("Nobody alerts on <b>webhook_retry</b>");
        Assert.Equal(0, await row.Locator("b").CountAsync());
        Assert.Equal(Dashboard + "/incidents/INC-2026-001", await row.GetByRole(AriaRole.Link, new() { Name = "INC-2026-001" }).EvaluateAsync<string>("a => a.href"));
        // The quarterly tabletop falls due on the first Thursday of April, 10:00 UTC; its first turn is webhook-5xx.
        await Assertions.Expect(page.Locator("table.schedules")).ToContainTextAsync("2026-04-02 10:00 UTC");
        await BrowserFixture.ScreenshotAsync(page, "drills");

        // The drill is scored apart on the metrics page and is not an incident there.
        await page.GotoAsync(Dashboard + "/metrics?since=7d");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No incidents in this period.");
        await Assertions.Expect(page.Locator("#drill-scores svg [data-point]")).ToHaveCountAsync(1);
        Assert.Equal("66.7", await page.Locator("#drill-scores [data-point]").GetAttributeAsync("data-value"));
        await CloseAsync(page);
    }

    /// <summary>
    /// INC-001 (public): Bob owes #1 due in 1 day and #2 due in 1 week, on-call owes #3 due in 2 weeks. INC-002 is private
    /// to Alice: she owes #1 due in 1 day. Two days later, Bob's #1 and Alice's private #1 are overdue.
    /// </summary>
    [Fact]
    public async Task Follow_ups_are_grouped_by_owner_overdue_first_and_a_private_incidents_items_are_hidden()
    {
        var open = await OpenAsync("declare P1 Checkout errors", "inc-2026-001");
        await RunAsync(Alice, open, $"action add {Bob} 1w Canary deploys");
        await RunAsync(Alice, open, $"action add {OnCall} 2w Write the rollback runbook");
        await RunAsync(Alice, open, $"action add {Bob} 1d Alert on checkout 5xx");
        var secret = await OpenAsync("declare P2 --private Payroll export visible to the wrong tenant", "inc-2026-002");
        await RunAsync(Alice, secret, $"action add {Alice} 1d Rotate payroll keys");
        await Host.AdvanceAsync(TimeSpan.FromDays(2));

        var bob = await SignInAsync(Bob, BobEmail, "Bob");
        await bob.GetByRole(AriaRole.Link, new() { Name = "Follow-ups" }).ClickAsync();
        var owners = bob.Locator("section.owner");
        // Bob has an overdue item, on-call none: Bob first; within Bob's, the overdue #3 before #1 (due later).
        await Assertions.Expect(owners).ToHaveCountAsync(2);
        Assert.Equal(Bob, await owners.Nth(0).GetAttributeAsync("data-owner"));
        await Assertions.Expect(owners.Nth(0).Locator("h2")).ToContainTextAsync("2 open, 1 overdue");
        await Assertions.Expect(owners.Nth(0).Locator("tbody tr").First).ToHaveClassAsync("overdue");
        await Assertions.Expect(owners.Nth(0).Locator("tbody tr").First).ToContainTextAsync("#3 Alert on checkout 5xx");
        await Assertions.Expect(owners.Nth(0).Locator("tbody tr").First).ToContainTextAsync("OVERDUE by 24h");
        await Assertions.Expect(owners.Nth(1).Locator("tbody tr")).ToContainTextAsync(["#2 Write the rollback runbook"]);
        Assert.Equal(Dashboard + "/incidents/INC-2026-001", await owners.Nth(0).GetByRole(AriaRole.Link, new() { Name = "INC-2026-001" }).First.EvaluateAsync<string>("a => a.href"));
        Assert.DoesNotContain("payroll", await bob.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await Assertions.Expect(bob.Locator("#followup-count")).ToContainTextAsync("3 open follow-ups, 1 overdue, 2 owners");

        // Overdue only, from the keyboard: the checkbox by its label, then the Filter button.
        Assert.Empty(await bob.EvaluateAsync<string[]>(Unlabelled));
        await bob.GetByLabel("Overdue only").FocusAsync();
        await bob.Keyboard.PressAsync("Space");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Filter" }).FocusAsync();
        await bob.Keyboard.PressAsync("Enter");
        await Assertions.Expect(bob.Locator("section.owner")).ToHaveCountAsync(1);
        await Assertions.Expect(bob.Locator("section.owner tbody tr")).ToHaveCountAsync(1);
        Assert.Contains("overdue=1", bob.Url);
        await CloseAsync(bob);

        var alice = await SignInAsync(Alice, AliceEmail, "Alice Example");
        await alice.GotoAsync(Dashboard + "/followups");
        await Assertions.Expect(alice.Locator("section.owner")).ToHaveCountAsync(3);
        await Assertions.Expect(alice.Locator($"section.owner[data-owner='{Alice}']")).ToContainTextAsync("Rotate payroll keys");
        await BrowserFixture.ScreenshotAsync(alice, "followups");
        await alice.GetByLabel("Owner").FillAsync(OnCall);
        await alice.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(alice.Locator("section.owner")).ToHaveCountAsync(1);
        Assert.Equal(OnCall, await alice.Locator("section.owner").GetAttributeAsync("data-owner"));
        await CloseAsync(alice);
    }
}
