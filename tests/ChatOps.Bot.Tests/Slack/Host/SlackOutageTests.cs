using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Slack.Fakes;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>Slack down (HTTP 500), then rate limiting (429 with Retry-After): nothing is lost, everything arrives in order afterwards.</summary>
public sealed class SlackOutageTests : SlackIncidentTest
{
    private const int Incidents = 3;

    [Fact]
    public async Task Everything_queued_during_500s_and_429s_is_delivered_afterwards_in_order_per_incident()
    {
        Slack.BeginOutage(500);
        for (var i = 1; i <= Incidents; i++)
        {
            var ack = await Driver.SlashAsync(Alice, General, $"declare P1 Outage drill {i}");
            Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        }

        await AdvanceAsync(TimeSpan.FromSeconds(5), steps: 12);
        Assert.DoesNotContain(Slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.True(Slack.Calls.Count(c => c.Method == "conversations.create") >= Incidents * 4, "creation is retried while Slack answers 500");
        // Who Alice is depends on whether she is the CTO (mapped by email, which Slack cannot look up now): the listing
        // waits for Slack instead of leaving out what an admin would see.
        var list = await (await Driver.SlashAsync(Alice, General, "list")).Content.ReadAsStringAsync();
        Assert.Contains("Slack is slow to tell me who you are", list);
        var health = await HealthAsync();
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.True(health["outbox"]!["pending"]!.GetValue<int>() >= Incidents * 4);

        Slack.BeginOutage(429, "20");
        var limitedFrom = Slack.Calls.Count;
        await AdvanceAsync(TimeSpan.FromSeconds(10), steps: 6);
        var limited = Slack.Calls.Skip(limitedFrom).Count(c => c.Method == "conversations.create");
        Assert.InRange(limited, Incidents, Incidents * 4); // Retry-After 20 s is honoured: about one try per incident every 20 s, not one per step

        Slack.EndOutage();
        var recoveredFrom = Slack.Calls.Count;
        for (var step = 0; step < 40 && Slack.Calls.Count(c => c.Method == "pins.add") < Incidents; step++)
            await AdvanceAsync(TimeSpan.FromSeconds(30), steps: 1);

        var after = Slack.Calls.Skip(recoveredFrom).ToList();
        var channels = Slack.Channels.Where(c => c.Name.StartsWith("inc-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Incidents, channels.Count);
        Assert.Equal(Enumerable.Range(1, Incidents).Select(i => $"inc-2026-{i:D3}-outage-drill-{i}"), channels.Select(c => c.Name).Order());
        foreach (var channel in channels)
            AssertInOrder(after, channel);
        Assert.Contains(Slack.ResponsePosts, p => p.Body.Contains($"Open incidents ({Incidents})", StringComparison.Ordinal));
        health = await HealthAsync();
        Assert.Equal(0, health["outbox"]!["pending"]!.GetValue<int>());
        Assert.Equal(0, health["outbox"]!["parked"]!.GetValue<int>());
    }

    /// <summary>Topic, invites, the card, its pin, then the announcement: each exactly once, in that order.</summary>
    private static void AssertInOrder(List<SlackCall> calls, FakeChannel channel)
    {
        int Index(string method, string target) => calls.FindIndex(c => c.Method == method && c.Arg("channel") == target);
        var number = channel.Name["inc-".Length..]; // inc-2026-0001-... carries the incident's year and sequence
        var topic = Index("conversations.setTopic", channel.Id);
        var invite = Index("conversations.invite", channel.Id);
        var card = Index("chat.postMessage", channel.Id);
        var pin = Index("pins.add", channel.Id);
        var announce = calls.FindIndex(c => c.Method == "chat.postMessage" && c.Arg("channel") == Announce && c.Body.Contains(channel.Name, StringComparison.Ordinal));
        Assert.True(topic >= 0 && topic < invite && invite < card && card < pin && pin < announce, $"{number}: {topic} < {invite} < {card} < {pin} < {announce}");
        Assert.Single(calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == channel.Id);
        Assert.Single(calls, c => c.Method == "pins.add" && c.Arg("channel") == channel.Id);
    }

    private async Task AdvanceAsync(TimeSpan step, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            Host.Time.Advance(step);
            await Host.InboxIdleAsync();
        }
    }

    private async Task<JsonNode> HealthAsync() => JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;
}
