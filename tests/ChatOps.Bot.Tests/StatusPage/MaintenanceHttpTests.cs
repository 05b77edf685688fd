using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Bot.Tests.StatusPage;

/// <summary>Scheduled maintenance on the real host's public page (issue 16): upcoming, in its window, past, cancelled; hostile text inert.</summary>
public sealed class MaintenanceHttpTests : SlackIncidentTest
{
    private static readonly PublishedSchema Summary = PublishedSchema.StatuspageSummary();
    private readonly FakeTimeProvider _clock = new(LoopbackBotHost.Start);

    protected override FakeTimeProvider? Clock => _clock;

    private async Task SlashAsync(string text, string user = Head)
    {
        await Driver.SlashAsync(user, General, text);
        await Host.InboxIdleAsync();
    }

    private async Task<JsonNode> SummaryAsync()
    {
        var json = JsonNode.Parse(await Host.Client.GetStringAsync("/status.json"))!;
        Assert.Empty(Summary.Validate(json));
        return json;
    }

    private static string? ApiStatus(JsonNode summary) => (string?)summary["components"]!.AsArray().Single(c => (string?)c!["id"] == "api")!["status"];

    [Fact]
    public async Task Maintenance_shows_upcoming_then_in_progress_with_its_components_under_maintenance_then_completed()
    {
        // Start is 2026-03-14 09:00 UTC; the window is 10:00 to 12:00.
        await SlashAsync("maintenance schedule api,webhooks 2026-03-14T10:00Z 2026-03-14 12:00 Database upgrade <script>alert(1)</script> & more");
        Assert.Contains(Slack.ResponsePosts, p => p.Body.Contains("Scheduled maintenance mnt-1", StringComparison.Ordinal));

        var page = await Host.Client.GetStringAsync("/status");
        Assert.Contains("<h2>Scheduled maintenance</h2>", page);
        Assert.Contains("API, Webhook processing <span class=\"state under-maintenance\">Scheduled</span>", page);
        Assert.Contains("2026-03-14 10:00 UTC</time> to <time datetime=\"2026-03-14T12:00:00.0000000Z\">2026-03-14 12:00 UTC", page);
        Assert.Contains("Database upgrade &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", page);
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("All systems operational", page);
        var upcoming = await SummaryAsync();
        Assert.Equal("operational", ApiStatus(upcoming));
        var scheduled = Assert.Single(upcoming["scheduled_maintenances"]!.AsArray())!;
        Assert.Equal(("mnt-1", "scheduled", "2026-03-14T10:00:00.000Z", "2026-03-14T12:00:00.000Z"),
            ((string?)scheduled["id"], (string?)scheduled["status"], (string?)scheduled["scheduled_for"], (string?)scheduled["scheduled_until"]));
        Assert.Equal("Database upgrade <script>alert(1)</script> & more", (string?)scheduled["incident_updates"]![0]!["body"]);
        Assert.Equal(["api", "webhooks"], scheduled["components"]!.AsArray().Select(c => (string?)c!["id"]));

        await Host.AdvanceAsync(TimeSpan.FromHours(1.5));
        var during = await SummaryAsync();
        Assert.Equal("under_maintenance", ApiStatus(during));
        Assert.Equal("operational", (string?)during["components"]!.AsArray().Single(c => (string?)c!["id"] == "dashboard")!["status"]);
        Assert.Equal("in_progress", (string?)during["scheduled_maintenances"]![0]!["status"]);
        page = await Host.Client.GetStringAsync("/status");
        Assert.Contains("<span class=\"state under-maintenance\">In progress</span>", page);
        Assert.Contains("<span class=\"name\">API</span><span class=\"state under-maintenance\">Under maintenance</span>", page);

        await Host.AdvanceAsync(TimeSpan.FromHours(2));
        var after = await SummaryAsync();
        Assert.Equal("operational", ApiStatus(after));
        Assert.Equal("completed", (string?)after["scheduled_maintenances"]![0]!["status"]);
        Assert.DoesNotContain("Scheduled maintenance", await Host.Client.GetStringAsync("/status"));
    }

    [Fact]
    public async Task An_incident_worse_than_maintenance_wins_and_a_cancelled_maintenance_disappears()
    {
        var channel = await DeclareAsync("declare P1 API errors");
        await Host.InboxIdleAsync();
        await Driver.SlashAsync(Alice, channel.Id, "publish investigating --component api=major_outage Some API requests fail.");
        await Host.InboxIdleAsync();
        await SlashAsync("maintenance schedule api,dashboard 2026-03-14T08:00Z 2026-03-14T11:00Z Planned work");

        var during = await SummaryAsync();
        Assert.Equal("major_outage", ApiStatus(during));
        Assert.Equal("under_maintenance", (string?)during["components"]!.AsArray().Single(c => (string?)c!["id"] == "dashboard")!["status"]);

        await SlashAsync("maintenance cancel mnt-1");
        Assert.Contains(Slack.ResponsePosts, p => p.Body.Contains("Cancelled maintenance mnt-1", StringComparison.Ordinal));
        var cancelled = await SummaryAsync();
        Assert.Empty(cancelled["scheduled_maintenances"]!.AsArray());
        Assert.Equal("operational", (string?)cancelled["components"]!.AsArray().Single(c => (string?)c!["id"] == "dashboard")!["status"]);
        Assert.DoesNotContain("Planned work", await Host.Client.GetStringAsync("/status"));
    }
}
