using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Dashboard;

namespace ChatOps.Bot.Tests.Learning;

/// <summary>
/// Over Slack, on the real host: an incident run with /incident action, mitigated and resolve --false-alarm, and
/// GET /dashboard/api/report answering the same figures as JSON (the shape the README documents) to someone signed in
/// to the dashboard, with 400s that say what was wrong, and a 401 to anyone else.
/// </summary>
public sealed class ReportEndpointTests(BrowserFixture browser) : DashboardTest(browser)
{
    private const string Report = "/dashboard/api/report";

    [Fact]
    public async Task The_report_is_refused_without_sign_in_and_is_no_longer_at_its_old_address()
    {
        await DeclareAsync("declare P1 --private Payroll export visible to the wrong tenant");

        var anonymous = await Host.Client.GetAsync(Report + "?since=30d");
        var old = await Host.Client.GetAsync("/api/report?since=30d");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sign in first", JsonNode.Parse(await anonymous.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task The_report_endpoint_gives_the_figures_of_incidents_run_over_slack()
    {
        var channel = await DeclareAsync("declare P1 Checkout errors");
        await Driver.SlashAsync(Alice, channel.Id, "services API");
        Host.Time.Advance(TimeSpan.FromMinutes(10));
        await Driver.SlashAsync(OnCall, channel.Id, "ack");
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
        Host.Time.Advance(TimeSpan.FromMinutes(20));
        await Driver.SlashAsync(Alice, channel.Id, "mitigated 5m ago");
        await PostedAsync(channel.Id, "recorded that the impact of INC-2026-001 ended at 2026-03-14 09:25 UTC");
        Host.Time.Advance(TimeSpan.FromMinutes(10));
        await Driver.SlashAsync(Alice, channel.Id, "resolve Rolled back");
        await PostedAsync(channel.Id, "Service credits:");
        await Driver.SlashAsync(Alice, channel.Id, $"action add {Bob} 1w Alert on checkout 5xx");
        await PostedAsync(channel.Id, "added action #1");
        Host.Time.Advance(TimeSpan.FromMinutes(1));

        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        var response = await page.APIRequest.GetAsync(Dashboard + "/api/report?since=30d");

        Assert.Equal(200, response.Status);
        var report = JsonNode.Parse(await response.TextAsync())!;
        Assert.Equal("last 30d", report["period"]!["label"]!.GetValue<string>());
        Assert.Equal(1, report["incidents"]!.GetValue<int>());
        Assert.Equal("[{\"severity\":\"P0\",\"count\":0},{\"severity\":\"P1\",\"count\":1},{\"severity\":\"P2\",\"count\":0},{\"severity\":\"P3\",\"count\":0}]", report["bySeverity"]!.ToJsonString());
        // Acknowledged 10 minutes after declaration; mitigated 25 after it began; resolved at 40.
        Assert.Equal("{\"count\":1,\"meanMinutes\":10,\"p90Minutes\":10}", report["timeToAcknowledge"]!.ToJsonString());
        Assert.Equal("{\"count\":1,\"meanMinutes\":25,\"p90Minutes\":25}", report["timeToMitigate"]!.ToJsonString());
        Assert.Equal("{\"count\":1,\"meanMinutes\":40,\"p90Minutes\":40}", report["timeToResolve"]!.ToJsonString());
        Assert.Equal("{\"count\":0,\"meanMinutes\":null,\"p90Minutes\":null}", report["timeToDetect"]!.ToJsonString());
        Assert.Equal("{\"met\":1,\"of\":1,\"percent\":100}", report["respondWithin"]!.ToJsonString());
        Assert.Equal("{\"open\":1,\"overdue\":0}", report["followUps"]!.ToJsonString());
        Assert.Equal("{\"falseAlarms\":0,\"drills\":{\"count\":0,\"ended\":0,\"targets\":{\"met\":0,\"of\":0,\"percent\":null}}}", report["apart"]!.ToJsonString());
    }

    [Fact]
    public async Task A_false_alarm_is_counted_apart_and_filters_narrow_the_report()
    {
        var channel = await DeclareAsync("declare P2 Flapping monitor");
        Host.Time.Advance(TimeSpan.FromMinutes(5));
        await Driver.SlashAsync(Alice, channel.Id, "resolve --false-alarm Misconfigured probe");
        await PostedAsync(channel.Id, "Service credits: none: this was a false alarm.");
        Host.Time.Advance(TimeSpan.FromMinutes(1));

        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        var all = JsonNode.Parse(await (await page.APIRequest.GetAsync(Dashboard + "/api/report?since=2026-03")).TextAsync())!;
        var p1 = JsonNode.Parse(await (await page.APIRequest.GetAsync(Dashboard + "/api/report?since=2026-03&severity=p1")).TextAsync())!;

        Assert.Equal(0, all["incidents"]!.GetValue<int>());
        Assert.Equal(1, all["apart"]!["falseAlarms"]!.GetValue<int>());
        Assert.Equal("2026-03-01T00:00:00+00:00", all["period"]!["from"]!.GetValue<string>());
        Assert.Equal("P1", p1["filters"]!["severity"]!.GetValue<string>());
        Assert.Equal(0, p1["apart"]!["falseAlarms"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("?since=fortnight", "'fortnight' is not a period")]
    [InlineData("?severity=P9", "Unknown severity 'P9'")]
    [InlineData("?from=2026-03-01", "Unknown parameter 'from'")]
    [InlineData("?since=30d&since=90d", "Give each parameter once")]
    public async Task Unreadable_parameters_are_a_400_saying_what_was_wrong(string query, string says)
    {
        var page = await SignInAsync(Alice, AliceEmail, "Alice Example");
        var response = await page.APIRequest.GetAsync(Dashboard + "/api/report" + query);

        Assert.Equal(400, response.Status);
        Assert.Contains(says, JsonNode.Parse(await response.TextAsync())!["error"]!.GetValue<string>());
    }
}
