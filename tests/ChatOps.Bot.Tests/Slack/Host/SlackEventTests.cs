using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>Events: a pinned message joins the timeline, a join is recorded, a retried event counts once.</summary>
public sealed class SlackEventTests : SlackIncidentTest
{
    [Fact]
    public async Task A_pushpin_reaction_adds_the_message_to_the_timeline_once_even_when_Slack_retries()
    {
        var channel = await DeclareAsync("declare P2 Search latency");
        var message = channel.Messages[^1]["ts"]!.GetValue<string>();
        var reaction = new JsonObject
        {
            ["type"] = "reaction_added",
            ["user"] = Bob,
            ["reaction"] = "pushpin",
            ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["ts"] = message },
            ["event_ts"] = "1700000100.000100",
        };

        Assert.Equal(HttpStatusCode.OK, (await Driver.EventAsync("Ev0PIN0001", reaction)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Driver.EventAsync("Ev0PIN0001", reaction, retry: 1)).StatusCode);
        await Slack.WaitForCallAsync("conversations.history", c => c.Arg("latest") == message, Wait);

        var incident = await WaitForTimelineAsync(channel.Id, "pinned");
        Assert.Single(incident.Timeline, t => t.Kind == "pinned");
        Assert.Equal(Bob, incident.Timeline.Single(t => t.Kind == "pinned").Actor);
    }

    [Fact]
    public async Task Someone_joining_the_channel_becomes_a_participant()
    {
        var channel = await DeclareAsync("declare P3 Typo on status page");
        var joined = new JsonObject { ["type"] = "member_joined_channel", ["user"] = Bob, ["channel"] = channel.Id, ["channel_type"] = "C", ["team"] = "T111" };

        await Driver.EventAsync("Ev0JOIN001", joined);

        var incident = await WaitForTimelineAsync(channel.Id, "joined");
        Assert.Contains(Bob, incident.Participants);
    }

    [Fact]
    public async Task A_mention_of_the_bot_is_answered_with_help()
    {
        var mention = new JsonObject { ["type"] = "app_mention", ["user"] = Alice, ["text"] = "<@U0BOT0001> help", ["channel"] = General, ["ts"] = "1700000000.000001" };

        await Driver.EventAsync("Ev0MENTION", mention);

        var help = await Slack.WaitForCallAsync("chat.postEphemeral", c => c.Arg("user") == Alice, Wait);
        Assert.Contains("/incident declare", help.Arg("text"));
    }

    [Fact]
    public async Task Events_the_bot_does_not_handle_are_acknowledged_and_ignored()
    {
        var other = new JsonObject { ["type"] = "message", ["user"] = Alice, ["text"] = "hello", ["channel"] = General };
        Assert.Equal(HttpStatusCode.OK, (await Driver.EventAsync("Ev0OTHER01", other)).StatusCode);
    }

    private async Task<Core.Incidents.Incident> WaitForTimelineAsync(string channelId, string kind)
    {
        await Host.InboxIdleAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var incident = await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByChannelAsync(channelId, CancellationToken.None);
        Assert.Contains(incident!.Timeline, t => t.Kind == kind);
        return incident;
    }
}
