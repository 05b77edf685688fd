using System.Net;
using ChatOps.Bot.Tests.Observability;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.Drills;

/// <summary>Drills on the real host against a fake Slack: a drill channel that says DRILL and no announcement; the schedule worker's reminder.</summary>
public sealed class DrillSlackTests : SlackIncidentTest
{
    [Fact]
    public async Task A_drill_started_in_Slack_opens_a_DRILL_channel_and_is_not_announced()
    {
        var response = await Driver.SlashAsync(Alice, General, "drill start webhook-5xx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        await PostedAsync(Slack.Channels.Single(c => c.Name.StartsWith("drill-", StringComparison.Ordinal)).Id, "Inject 1 of 6 (at the start)");
        await Host.InboxIdleAsync();

        var channel = Assert.Single(Slack.Channels, c => c.Name.StartsWith("drill-inc-2026-001-stripe-webhook", StringComparison.Ordinal));
        var posts = Slack.Calls.Where(c => c.Method == "chat.postMessage" && c.Arg("channel") == channel.Id).ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, post => Assert.Matches(@"^(<@\w+> )*(\[DRILL\]|DRILL)", post.Arg("text") ?? ""));
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == Announce);
    }

    [Fact]
    public async Task A_drill_counts_as_a_drill_on_metrics_never_as_an_incident()
    {
        await Driver.SlashAsync(Alice, General, "drill start webhook-5xx");
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        await Host.InboxIdleAsync();

        var scrape = await Host.ScrapeAsync();
        Assert.Equal(1, scrape.Value("chatops_drills_declared_total", "severity=P1"));
        Assert.Empty(scrape.Matching("chatops_incidents_declared_total"));
        Assert.Equal(0, scrape.Value("chatops_incidents_open", "severity=P1"));

        await Driver.SlashAsync(Alice, General, "declare P1 Payments are failing");
        await PostedAsync(Announce, "declared INC-2026-002");
        await Host.InboxIdleAsync();
        var after = await Host.ScrapeAsync();
        Assert.Equal(1, after.Value("chatops_incidents_declared_total", "severity=P1"));
        Assert.Equal(1, after.Value("chatops_incidents_open", "severity=P1"));
        Assert.Equal(1, after.Value("chatops_drills_declared_total", "severity=P1"));
    }

    [Fact]
    public async Task The_schedule_worker_reminds_the_owner_in_the_announce_channel_when_the_drill_falls_due()
    {
        // Started 2026-03-14 09:00: the quarterly tabletop is due on the first Thursday of April, 10:00 UTC.
        await Host.AdvanceAsync(TimeSpan.FromDays(19) + TimeSpan.FromHours(1));

        var reminder = await PostedAsync(Announce, "DRILL due (quarterly tabletop, since 2026-04-02 10:00 UTC)");
        Assert.Contains("/incident drill start webhook-5xx", reminder.Arg("text") ?? reminder.Body);
    }
}
