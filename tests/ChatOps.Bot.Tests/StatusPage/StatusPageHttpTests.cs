using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Bot.Tests.StatusPage;

/// <summary>The public status page of the real host (Slack fake, shipped runbook, fake clock), read over HTTP without signing in.</summary>
public sealed class StatusPageHttpTests : SlackIncidentTest
{
    private static readonly PublishedSchema Summary = PublishedSchema.StatuspageSummary();
    private readonly FakeTimeProvider _clock = new(LoopbackBotHost.Start);

    protected override FakeTimeProvider? Clock => _clock;

    private async Task SlashAsync(string channel, string text)
    {
        await Driver.SlashAsync(Alice, channel, text);
        await Host.InboxIdleAsync();
    }

    private async Task<JsonNode> SummaryAsync()
    {
        var json = JsonNode.Parse(await Host.Client.GetStringAsync("/status.json"))!;
        Assert.Empty(Summary.Validate(json));
        return json;
    }

    [Fact]
    public async Task A_P1_published_investigating_identified_then_resolved_shows_on_the_page_the_json_the_feed_and_the_history_with_its_uptime()
    {
        var channel = await DeclareAsync("declare P1 Primary DB failover on db-7 internal-secret");
        await Host.InboxIdleAsync();
        Assert.Contains("All systems operational", await Host.Client.GetStringAsync("/status"));

        // 09:00 investigating with the API in partial outage; 09:30 identified, major outage; 10:00 resolved.
        await SlashAsync(channel.Id, "publish title Elevated API errors");
        await SlashAsync(channel.Id, "publish investigating --component api=partial_outage Some API requests fail.");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(30));
        await SlashAsync(channel.Id, "publish identified --component api=major_outage We found the cause and are fixing it.");

        var open = await SummaryAsync();
        Assert.Equal("critical", (string?)open["status"]!["indicator"]);
        Assert.Equal("major_outage", (string?)open["components"]!.AsArray().Single(c => (string?)c!["id"] == "api")!["status"]);
        var incident = Assert.Single(open["incidents"]!.AsArray())!;
        Assert.Equal(("Elevated API errors", "identified"), ((string?)incident["name"], (string?)incident["status"]));
        Assert.Equal(["identified", "investigating"], incident["incident_updates"]!.AsArray().Select(u => (string?)u!["status"]));
        var page = await Host.Client.GetStringAsync("/status");
        Assert.Contains("Elevated API errors", page);
        Assert.Contains("We found the cause and are fixing it.", page);
        Assert.Contains("Major outage", page);

        await Host.AdvanceAsync(TimeSpan.FromMinutes(30));
        await SlashAsync(channel.Id, "resolve rolled back the failover");
        await Host.AdvanceAsync(TimeSpan.FromHours(2));

        // At 12:00: operational again, nothing open, the incident on the feed and in the history.
        var after = await SummaryAsync();
        Assert.Equal("none", (string?)after["status"]!["indicator"]);
        Assert.All(after["components"]!.AsArray(), c => Assert.Equal("operational", (string?)c!["status"]));
        Assert.Empty(after["incidents"]!.AsArray());
        Assert.Contains("All systems operational", await Host.Client.GetStringAsync("/status"));

        var feed = XDocument.Parse(await Host.Client.GetStringAsync("/status/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Elevated API errors", entry.Element(atom + "title")!.Value);
        Assert.Equal("2026-03-14T10:00:00Z", entry.Element(atom + "updated")!.Value);
        Assert.StartsWith("Resolved (2026-03-14 10:00 UTC)", entry.Element(atom + "content")!.Value);
        var link = entry.Element(atom + "link")!.Attribute("href")!.Value;
        var publicPage = await Host.Client.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains("Investigating", publicPage);
        Assert.Contains("Identified", publicPage);
        Assert.Contains("This incident has been resolved. rolled back the failover", publicPage);

        // Uptime by hand: 30 min partial (counted 30%) + 30 min major = 2,340 s down. Today runs 00:00-12:00 (43,200 s);
        // the 90 days run from 2025-12-15 00:00 to now: 89 days and 12 hours (7,732,800 s).
        var history = await Host.Client.GetStringAsync("/status/history");
        var today = (1 - 2340.0 / 43200) * 100;
        var ninety = (1 - 2340.0 / 7732800) * 100;
        Assert.Contains($"2026-03-14: {today.ToString("0.00", CultureInfo.InvariantCulture)}%", history);
        Assert.Contains("94.58%", history);
        Assert.Contains($"API <span class=\"pct\">{ninety.ToString("0.00", CultureInfo.InvariantCulture)}% uptime</span>", history);
        Assert.Contains("Webhook processing <span class=\"pct\">100.00% uptime</span>", history);
        Assert.Contains("bar major-outage\" title=\"2026-03-14", history);
        Assert.Contains("Elevated API errors", history);

        foreach (var path in new[] { "/status", "/status/history", "/status.json", "/status/feed.atom", new Uri(link).PathAndQuery })
        {
            var text = await Host.Client.GetStringAsync(path);
            Assert.DoesNotContain("internal-secret", text);
            Assert.DoesNotContain("INC-2026", text);
        }
        var postMortem = await File.ReadAllTextAsync(Directory.GetFiles(Host.PostMortemFolder).Single());
        Assert.Contains("## Status page", postMortem);
        Assert.Contains("| identified | api: major_outage |", postMortem);
    }

    [Fact]
    public async Task A_private_incident_never_appears_and_cannot_be_published()
    {
        await Driver.SlashAsync(Alice, General, "declare P1 --private Tenant data visible to another tenant");
        await Host.InboxIdleAsync();
        var channel = Slack.Channels.Single(c => c.Name.StartsWith("inc-", StringComparison.Ordinal));

        await SlashAsync(channel.Id, "publish investigating --component api=major_outage Tenant data visible");
        await SlashAsync(channel.Id, "component api major_outage");

        foreach (var path in new[] { "/status", "/status/history", "/status.json", "/status/feed.atom" })
        {
            var text = await Host.Client.GetStringAsync(path);
            Assert.DoesNotContain("Tenant data", text);
            Assert.DoesNotContain("Major outage", text);
        }
        Assert.Empty((await SummaryAsync())["incidents"]!.AsArray());
        Assert.Equal("operational", (string?)(await SummaryAsync())["components"]!.AsArray().Single(c => (string?)c!["id"] == "api")!["status"]);
        Assert.Equal(2, Slack.ResponsePosts.Count(p => p.Body.Contains("private incidents never appear on the status page", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Hostile_public_text_and_title_are_escaped_everywhere()
    {
        var channel = await DeclareAsync("declare P2 Login slow");
        await SlashAsync(channel.Id, "publish title <img src=x onerror=alert(1)> & \"quotes\"");
        await SlashAsync(channel.Id, "publish investigating <script>alert('x')</script> </p><h1>owned</h1> & more");

        var status = await Host.Client.GetStringAsync("/status");
        Assert.DoesNotContain("<script>", status);
        Assert.DoesNotContain("<img", status);
        Assert.DoesNotContain("<h1>owned", status);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", status);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;", status);
        var feed = XDocument.Parse(await Host.Client.GetStringAsync("/status/feed.atom"));
        Assert.Contains("<script>alert('x')</script>", feed.Root!.Elements().Last().Value);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.GetAsync("/status/incidents/<script>")).StatusCode);
        Assert.DoesNotContain("<script>", await (await Host.Client.GetAsync("/status/incidents/%3Cscript%3E")).Content.ReadAsStringAsync());
    }
}
