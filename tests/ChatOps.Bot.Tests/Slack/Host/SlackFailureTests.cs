using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>When Slack refuses an effect for good, it is parked with its error and shown, never retried in a loop or dropped.</summary>
public sealed class SlackFailureTests : SlackIncidentTest
{
    [Fact]
    public async Task A_refused_channel_creation_is_parked_with_everything_that_needs_the_channel_and_shown_in_healthz()
    {
        Slack.FailNextWithError("conversations.create", "restricted_action");

        await Driver.SlashAsync(Alice, General, "declare P1 Checkout slow");
        await Host.InboxIdleAsync();

        Assert.Single(Slack.Calls, c => c.Method == "conversations.create");
        Assert.DoesNotContain(Slack.Calls, c => c.Method is "conversations.invite" or "chat.postMessage" or "pins.add");
        var health = JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.True(health["outbox"]!["parked"]!.GetValue<int>() >= 2);
        var parked = health["outbox"]!["recentParked"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(parked, p => p.Contains("create the channel") && p.Contains("restricted_action"));
        Assert.Contains(parked, p => p.Contains("CreateChannel"));

        Host.Time.Advance(TimeSpan.FromHours(1));
        await Host.InboxIdleAsync();
        Assert.Single(Slack.Calls, c => c.Method == "conversations.create");
    }

    [Fact]
    public async Task A_card_update_slack_refuses_shows_in_status_in_the_incident_channel()
    {
        var channel = await DeclareAsync("declare P1 Checkout slow");
        await Host.InboxIdleAsync();
        Slack.FailNextWithError("chat.update", "cant_update_message");

        await Driver.SlashAsync(Alice, channel.Id, "ack");
        await Host.InboxIdleAsync();

        var status = await (await Driver.SlashAsync(Alice, channel.Id, "status")).Content.ReadAsStringAsync();
        Assert.Contains("Not yet delivered to slack", status);
        Assert.Contains("update the card", status);
        Assert.Contains("cant_update_message", status);
    }
}
