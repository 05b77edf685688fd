using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.SocketMode;

/// <summary>Slash commands, modals, buttons and events arrive over the socket, are acknowledged and acted on as over HTTP.</summary>
public sealed class SocketModeRequestTests : SocketModeTest
{
    [Fact]
    public async Task A_slash_command_envelope_is_acknowledged_and_declares_the_incident()
    {
        var ack = await SlashAsync(Alice, General, "declare P1 Webhooks delayed");

        Assert.Equal(["envelope_id"], ack.Select(p => p.Key)); // matched by id, and no payload: the work happens after the ack
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        var channel = Assert.Single(Slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal("inc-2026-001-webhooks-delayed", channel.Name);
        await PostedAsync(Announce, "declared INC-2026-001");
    }

    [Fact]
    public async Task A_command_answered_at_once_comes_back_in_the_acknowledgement_payload()
    {
        var unknown = await SlashAsync(Alice, General, "frobnicate");
        Assert.Equal("ephemeral", unknown["payload"]!["response_type"]!.GetValue<string>());
        Assert.Contains("Unknown command", unknown["payload"]!["text"]!.GetValue<string>());

        var severity = await SlashAsync(Alice, General, "declare P9 Something");
        Assert.Contains("Unknown severity 'P9'", severity["payload"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "conversations.create");
    }

    [Fact]
    public async Task An_invalid_modal_submission_is_acknowledged_with_field_errors_and_a_valid_one_declares()
    {
        var opening = await SlashAsync(Bob, General, "declare");
        Assert.Null(opening["payload"]);
        var opened = await Slack.WaitForCallAsync("views.open", null, Wait);
        var view = JsonNode.Parse(opened.Arg("view")!)!.AsObject();

        var invalid = await InteractAsync(Driver.Submission(Bob, view, new() { ["title"] = "", ["severity"] = "P1" }));
        Assert.Equal("errors", invalid["payload"]!["response_action"]!.GetValue<string>());
        Assert.NotNull(invalid["payload"]!["errors"]!["title"]);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "conversations.create");

        var valid = await InteractAsync(Driver.Submission(Bob, view, new()
        {
            ["title"] = "Webhooks delayed",
            ["severity"] = "P1",
            ["services"] = "API",
            ["impact"] = "Partners see late webhooks",
        }));
        Assert.Null(valid["payload"]);
        await Slack.WaitForCallAsync("pins.add", null, Wait);
    }

    [Fact]
    public async Task A_card_button_pressed_over_the_socket_acknowledges_the_incident()
    {
        await SlashAsync(Alice, General, "declare P1 Webhooks delayed");
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        var channel = Slack.Channels.Single(c => c.Name.StartsWith("inc-", StringComparison.Ordinal));

        var ack = await InteractAsync(Driver.Press(OnCall, channel.Id, "incident.ack", "INC-2026-001"));

        Assert.Null(ack["payload"]);
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
    }

    [Fact]
    public async Task Events_are_acknowledged_and_a_redelivered_event_is_processed_once()
    {
        var joined = NextEnvelopeId();
        await Socket.SendAsync(PublishedFrames.EventsApi(joined, "Ev0JOIN", new JsonObject { ["type"] = "member_joined_channel", ["user"] = Bob, ["channel"] = General }));
        Assert.Null((await Slack.WaitForAckAsync(joined, Wait))["payload"]);

        // Slack redelivers an event it thinks was lost: a new envelope, the same event_id.
        var mention = new JsonObject { ["type"] = "app_mention", ["user"] = Alice, ["channel"] = General, ["text"] = "<@U0BOT0001> hi", ["ts"] = "1700000001.000100" };
        var (first, retry) = (NextEnvelopeId(), NextEnvelopeId());
        await Socket.SendAsync(PublishedFrames.EventsApi(first, "Ev0MENTION", mention));
        await Socket.SendAsync(PublishedFrames.EventsApi(retry, "Ev0MENTION", mention.DeepClone().AsObject(), retryAttempt: 1));
        await Slack.WaitForAckAsync(first, Wait);
        await Slack.WaitForAckAsync(retry, Wait);

        // A later, different mention is answered after any duplicate would have been (the inbox keeps arrival order).
        var later = NextEnvelopeId();
        await Socket.SendAsync(PublishedFrames.EventsApi(later, "Ev0LATER", new JsonObject { ["type"] = "app_mention", ["user"] = Alice, ["channel"] = Announce, ["text"] = "hi", ["ts"] = "1700000002.000100" }));
        await Slack.WaitForAckAsync(later, Wait);
        await Slack.WaitForCallAsync("chat.postEphemeral", c => c.Arg("channel") == Announce, Wait);
        Assert.Single(Slack.Calls, c => c.Method == "chat.postEphemeral" && c.Arg("channel") == General);
    }
}
