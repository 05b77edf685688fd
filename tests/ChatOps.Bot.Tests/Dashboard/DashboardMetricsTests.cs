using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>The metrics page's charts and the signed-in report JSON, over incidents run over Slack at chosen times.</summary>
public sealed class DashboardMetricsTests(BrowserFixture browser) : DashboardLearningTest(browser)
{
    /// <summary>
    /// The clock starts Sat 2026-03-14 09:00 (week of Mon Mar 9). INC-001 P1 on API: acknowledged at 10m, resolved at
    /// 60m. INC-002 P1 on Search, Mon Mar 16 09:00: acknowledged at 30m, resolved at 180m. INC-003 P2 on API, Tue
    /// Mar 17 10:00 (nobody paged): acknowledged by Alice at 20m, resolved at 60m. INC-004 P3 private to Alice, Mar 17 11:00, left open.
    /// </summary>
    private async Task SeedAsync()
    {
        var first = await OpenAsync("declare P1 Checkout errors", "inc-2026-001");
        await RunAsync(Alice, first, "services API");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(10));
        await RunAsync(OnCall, first, "ack");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(50));
        await RunAsync(Alice, first, "resolve Rolled back");

        await Host.AdvanceAsync(TimeSpan.FromHours(47));
        var second = await OpenAsync("declare P1 Search is slow", "inc-2026-002");
        await RunAsync(Alice, second, "services Search");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(30));
        await RunAsync(OnCall, second, "ack");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(150));
        await RunAsync(Alice, second, "resolve Index rebuilt");

        await Host.AdvanceAsync(TimeSpan.FromHours(22));
        var third = await OpenAsync("declare P2 Webhook delays", "inc-2026-003");
        await RunAsync(Alice, third, "services API");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(20));
        await RunAsync(Alice, third, "ack");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(40));
        await RunAsync(Alice, third, "resolve Queue drained");

        await OpenAsync("declare P3 --private Payroll export visible to the wrong tenant", "inc-2026-004");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task The_charts_have_a_point_per_measured_period_and_severity_with_the_hand_worked_values()
    {
        await SeedAsync();
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        var refused = new List<string>();
        page.Console += (_, message) => refused.Add(message.Text);
        await page.GetByRole(AriaRole.Link, new() { Name = "Metrics" }).ClickAsync();

        // Since 90d from Tue Mar 17 11:05 is Wed Dec 17: the weeks of Dec 15, 22, 29, Jan 5 ... Mar 9, 16: 14 rows.
        await Assertions.Expect(page.Locator("#mtta table.chart-data tbody tr")).ToHaveCountAsync(14);
        // MTTA points: P1 in the week of Mar 9 (INC-001, 10) and of Mar 16 (INC-002, 30); P2 in the week of Mar 16 (INC-003, 20).
        await Assertions.Expect(page.Locator("#mtta svg [data-point]")).ToHaveCountAsync(3);
        Assert.Equal("10", await ValueAsync(page, "mtta", "P1", "2026-03-09"));
        Assert.Equal("30", await ValueAsync(page, "mtta", "P1", "2026-03-16"));
        Assert.Equal("20", await ValueAsync(page, "mtta", "P2", "2026-03-16"));
        Assert.Equal("P1, 2026-03-16: 30 min", await page.Locator("#mtta [data-series=P1][data-category='2026-03-16'] title").TextContentAsync());
        // MTTR: INC-001 60, INC-002 180, INC-003 60.
        await Assertions.Expect(page.Locator("#mttr svg [data-point]")).ToHaveCountAsync(3);
        Assert.Equal("180", await ValueAsync(page, "mttr", "P1", "2026-03-16"));
        Assert.Equal("60", await ValueAsync(page, "mttr", "P2", "2026-03-16"));
        // By severity: P0 0, P1 2, P2 1, P3 1 (Alice takes part in the private INC-004). By service: API 2, Search 1.
        Assert.Equal(["0", "2", "1", "1"], await page.Locator("#by-severity svg [data-point]").EvaluateAllAsync<string[]>("ps => ps.map(p => p.dataset.value)"));
        Assert.Equal("2", await ValueAsync(page, "by-service", "Incidents", "API"));
        Assert.Equal("1", await ValueAsync(page, "by-service", "Incidents", "Search"));
        // Respond-within: week of Mar 9 INC-001 10 <= 15 (100 %); week of Mar 16 INC-002 30 > 15 missed, INC-003 20 <= 60 met, INC-004 still inside P3's 4h: 50 %.
        Assert.Equal("100", await ValueAsync(page, "within-targets", "Acknowledged within respond-within", "2026-03-09"));
        Assert.Equal("50", await ValueAsync(page, "within-targets", "Acknowledged within respond-within", "2026-03-16"));
        await Assertions.Expect(page.Locator("#mtta .legend li")).ToHaveTextAsync(["P0", "P1", "P2", "P3"]);
        Assert.Contains("Time to acknowledge (MTTA) by severity", await page.Locator("#mtta svg title").First.TextContentAsync());
        // Inline SVG with classes and presentation attributes only: nothing the content security policy refuses.
        Assert.Empty(refused);
        await BrowserFixture.ScreenshotAsync(page, "metrics");

        // Per month: December to March, four rows; P1 in March is INC-001 and INC-002, mean (10 + 30) / 2 = 20.
        await page.GetByLabel("Per").SelectOptionAsync("month");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mtta table.chart-data tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#mtta svg [data-point]")).ToHaveCountAsync(2);
        Assert.Equal("20", await ValueAsync(page, "mtta", "P1", "2026-03"));
        Assert.Equal("120", await ValueAsync(page, "mttr", "P1", "2026-03"));
        Assert.Contains("by=month", page.Url);
        Assert.Empty(await page.EvaluateAsync<string[]>(Unlabelled));
        await CloseAsync(page);
    }

    [Fact]
    public async Task The_report_json_counts_only_the_incidents_the_viewer_may_see()
    {
        await SeedAsync();
        var alice = await SignInAsync(Alice, AliceEmail, "Alice Example");
        var bob = await SignInAsync(Bob, BobEmail, "Bob");

        var hers = JsonNode.Parse(await (await alice.APIRequest.GetAsync(Dashboard + "/api/report?since=7d")).TextAsync())!;
        var his = JsonNode.Parse(await (await bob.APIRequest.GetAsync(Dashboard + "/api/report?since=7d")).TextAsync())!;

        Assert.Equal(4, hers["incidents"]!.GetValue<int>());
        Assert.Equal(3, his["incidents"]!.GetValue<int>());
        // MTTA over the three public ones: (10 + 30 + 20) / 3 = 20.
        Assert.Equal("{\"count\":3,\"meanMinutes\":20,\"p90Minutes\":30}", his["timeToAcknowledge"]!.ToJsonString());
        Assert.Equal("last 7d", his["period"]!["label"]!.GetValue<string>());
        var bad = await bob.APIRequest.GetAsync(Dashboard + "/api/report?severity=P9");
        Assert.Equal(400, bad.Status);
        Assert.Contains("Unknown severity 'P9'", await bad.TextAsync());
        var anonymous = await Host.Client.GetAsync("/dashboard/api/report");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await CloseAsync(alice);
        await CloseAsync(bob);
    }

    [Theory]
    [InlineData("?by=fortnight", "'fortnight' is not a period to chart by; write by=week or by=month.")]
    [InlineData("?since=soon", "'soon' is not a period; write --since 30d")]
    [InlineData("?severity=P9", "Unknown severity 'P9'")]
    [InlineData("?from=2026-03-01", "Unknown parameter 'from'")]
    public async Task A_value_it_cannot_read_is_a_400_page_saying_what_to_write(string query, string says)
    {
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");

        var answer = await page.GotoAsync(Dashboard + "/metrics" + query);

        Assert.Equal(400, answer!.Status);
        await Assertions.Expect(page.Locator("p.notice[role=alert]")).ToContainTextAsync(says);
        await Assertions.Expect(page.GetByLabel("Per")).ToBeVisibleAsync();
        await CloseAsync(page);
    }

    [Fact]
    public async Task With_no_incidents_the_page_says_so_instead_of_drawing_empty_charts()
    {
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");

        await page.GotoAsync(Dashboard + "/metrics?since=30d");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No incidents in this period.");
        Assert.Equal(0, await page.Locator("svg").CountAsync());
        await CloseAsync(page);
    }
}
