using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>Talking to the bot in Teams: the declare dialog, replies, retries, mentions, refusals and failures.</summary>
public sealed class TeamsConversationTests : TeamsIncidentTest
{
    [Fact]
    public async Task Declaring_with_the_dialog_checks_the_fields_and_keeps_a_private_incident_private()
    {
        await SayAsync(Alice, General, "incident declare");
        var opener = await ReplyAsync(General, "Declare an incident");
        var open = ActionOn(CardOf(opener), "Declare an incident");
        Assert.Equal("task/fetch", (string?)open["data"]!["msteams"]!["type"]);

        var dialog = await SendAsync(Driver.TaskFetch(Alice, General, open["data"]!));
        Assert.Equal("Declare an incident", (string?)dialog!["task"]!["value"]!["title"]);
        var submit = (JsonObject)dialog["task"]!["value"]!["card"]!["content"]!["actions"]![0]!["data"]!.DeepClone();
        submit["title"] = "   ";
        submit["severity"] = "P9";
        var refused = await SendAsync(Driver.TaskSubmit(Alice, General, submit));
        Assert.Equal("continue", (string?)refused!["task"]!["type"]);
        Assert.Contains("Give the incident a title.", refused.ToJsonString());
        Assert.Contains("Choose a severity", refused.ToJsonString());
        await Host.InboxIdleAsync();
        Assert.DoesNotContain(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));

        submit["title"] = "Customer data visible to other tenants";
        submit["severity"] = "P1";
        submit["private"] = "true";
        submit["impact"] = "Two tenants";
        var accepted = await SendAsync(Driver.TaskSubmit(Alice, General, submit));
        Assert.Equal("message", (string?)accepted!["task"]!["type"]);
        await Host.InboxIdleAsync();

        var channel = Assert.Single(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal("private", channel.MembershipType);
        Assert.Equal(Alice.ObjectId, channel.Members[0]);
        Assert.Contains(OnCall.ObjectId, channel.Members);
        Assert.Contains("Two tenants", CardOf(channel.Messages[0]).ToJsonString());
        Assert.Empty(Teams.Channel(Announce).Messages);
        await ReplyAsync(General, "Declared INC-2026-001 (P1)");
        await AssertNoFailedIntentsAsync();
    }

    [Fact]
    public async Task A_retried_message_is_carried_out_once()
    {
        var message = Driver.ChannelMessage(Alice, General, "incident declare P2 Search is slow");
        await SendAsync(message);
        await SendAsync(message);
        await Host.InboxIdleAsync();
        Assert.Single(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replies_go_to_the_thread_of_the_message_that_asked()
    {
        await SayAsync(Bob, General, "incident list");
        await SayAsync(Bob, General, "incident frobnicate");
        Assert.Equal("No open incidents.", (string?)(await ReplyAsync(General, "No open incidents."))["text"]);
        Assert.StartsWith("⚠️ Unknown command 'frobnicate'", (string?)(await ReplyAsync(General, "frobnicate"))["text"]);
        Assert.All(Teams.Calls.Where(c => c.Is("POST", "/connector/v3/conversations/" + General)), c => Assert.Contains("/activities/18", c.Path));
    }

    [Fact]
    public async Task A_personal_chat_works_without_mentioning_the_bot()
    {
        await SendAsync(Driver.PersonalMessage(Bob, "incident help"));
        await ReplyAsync(Bob.PersonalChat, "@ChatOps incident declare");
        // The fake records a call as it arrives and files the message once it has read it: wait for the pass that sent it.
        await Host.InboxIdleAsync();
        Assert.Single(Teams.Chat(Bob.PersonalChat));
    }

    [Fact]
    public async Task A_mentioned_person_is_named_by_their_id_and_shown_by_name()
    {
        await SayAsync(Alice, General, "incident declare P2 Search is slow");
        var channel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        await SendAsync(TeamsDriver.WithMention(Driver.ChannelMessage(Alice, channel.Id, "incident role comms"), Bob));
        await Host.InboxIdleAsync();
        var card = CardOf(Teams.Channel(channel.Id).Messages[0]).ToJsonString();
        Assert.Contains("\"title\":\"Comms\",\"value\":\"Bob Brown\"", card);
    }

    [Fact]
    public async Task A_button_that_is_refused_shows_why_and_leaves_the_card_alone()
    {
        await SayAsync(Alice, General, "incident declare P2 Search is slow");
        var channel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        var ack = ActionOn(CardOf(channel.Messages[0]), "Acknowledge");
        await SendAsync(Driver.Execute(Alice, channel.Id, ack));
        var second = await SendAsync(Driver.Execute(Alice, channel.Id, ack)); // P2 invites nobody: Bob would be refused as a non-participant
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)second!["type"]);
        Assert.StartsWith("INC-2026-001 was already acknowledged by", (string?)second["value"]);

        var unknown = await SendAsync(Driver.Execute(Bob, channel.Id, new JsonObject { ["type"] = "Action.Execute", ["verb"] = "launch.missiles", ["data"] = new JsonObject() }));
        Assert.Equal(400, (int?)unknown!["statusCode"]);
    }

    [Fact]
    public async Task A_channel_Graph_refuses_is_parked_not_retried_and_shows_in_healthz()
    {
        Teams.FailNext("POST", "/graph/v1.0/teams/", 403);
        await SayAsync(Alice, General, "incident declare P1 Checkout is down");
        Assert.Single(Teams.Calls, c => c.Is("POST", "/graph/v1.0/teams/"));
        Assert.DoesNotContain(Teams.Calls, c => c.Is("POST", "/connector/v3/conversations") && c.Path == "/connector/v3/conversations");
        var health = JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Contains("HTTP 403", health["outbox"]!["recentParked"]![0]!.ToString());
    }

    [Fact]
    public async Task Activities_the_bot_does_not_act_on_are_acknowledged_and_ignored()
    {
        foreach (var file in new[] { "messageReaction.reactionsAdded.msteams-docs.json", "conversationUpdate.membersRemoved.team_member_removed.msteams-docs.json", "conversationUpdate.teamRenamed.msteams-docs.json" })
        {
            var activity = Driver.Published(file);
            activity["channelData"]!["tenant"]!["id"] = FakeTeamsServer.TenantId;
            Assert.Null(await SendAsync(activity));
        }
        await Host.InboxIdleAsync();
        Assert.DoesNotContain(Teams.Calls, c => c.Path.StartsWith("/connector", StringComparison.Ordinal) || c.Path.StartsWith("/graph", StringComparison.Ordinal));
    }
}
