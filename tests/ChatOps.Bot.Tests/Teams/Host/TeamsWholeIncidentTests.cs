using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// A whole incident over Teams against the fake Bot Connector and Graph: declared by message, escalation with
/// mentions, card buttons answered with refreshed cards, triage, the update dialog, a reminder, resolve and the
/// post-mortem. Every card the bot posts is checked against the Adaptive Card schema by the fake connector.
/// </summary>
public sealed class TeamsWholeIncidentTests : TeamsIncidentTest
{
    [Fact]
    public async Task An_incident_runs_from_a_message_to_the_posted_post_mortem()
    {
        // The bot is added to the team: it says hello with the commands.
        await SendAsync(Driver.BotAddedToTeam(General));
        await Host.InboxIdleAsync();
        await PostedAsync(General, "incident declare");

        // Declare by message: a channel in the team, the card as its first post mentioning the responders, the announcement.
        await SayAsync(Alice, General, "incident declare P0 Checkout is down");
        var channel = Assert.Single(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal(("inc-2026-001-checkout-is-down", "standard"), (channel.DisplayName, channel.MembershipType));
        Assert.StartsWith("INC-2026-001 P0", channel.Description);
        Assert.Contains(Teams.Calls, c => c.Is("POST", "/connector/v3/conversations") && c.Path == "/connector/v3/conversations" && c.Body.Contains(channel.Id, StringComparison.Ordinal));
        var cardPost = channel.Messages[0];
        var cardId = (string)cardPost["id"]!;
        // People the bot has not met yet are mentioned by their runbook handle; Alice by the name Teams sent with her message.
        Assert.Equal(["<at>Alice Adams</at>", "<at>oncall-engineer</at>", "<at>engineering-lead</at>"], cardPost["entities"]!.AsArray().Select(e => (string?)e!["text"]));
        Assert.Equal([Alice.ObjectId, OnCall.ObjectId, LeadUpn], cardPost["entities"]!.AsArray().Select(e => (string?)e!["mentioned"]!["id"]));
        Assert.True(HasAction(CardOf(cardPost), "Acknowledge"));
        Assert.Contains("Alice Adams", CardOf(cardPost).ToJsonString());
        await PostedAsync(Announce, "declared INC-2026-001");
        await ReplyAsync(General, "Declared INC-2026-001 (P0) in #inc-2026-001-checkout-is-down");

        // Nobody acknowledges within 5 minutes: the CTO and the head of engineering are mentioned.
        await Host.AdvanceAsync(TimeSpan.FromMinutes(6));
        await Host.FireDueAsync();
        var escalation = await PostedAsync(channel.Id, "Escalated INC-2026-001");
        Assert.StartsWith("<at>cto</at> <at>head-of-engineering</at> Escalated", (string?)escalation["text"]);
        Assert.Equal([Cto.ObjectId, Head.ObjectId], escalation["entities"]!.AsArray().Select(e => (string?)e!["mentioned"]!["id"]));

        // The CTO presses Acknowledge: the answer is the refreshed card, and the card post is updated in place.
        var ack = Driver.Execute(Cto, channel.Id, ActionOn(CardOf(cardPost), "Acknowledge"), cardId);
        var answer = await SendAsync(ack);
        Assert.Equal(200, (int?)answer!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        var refreshed = answer["value"]!.AsObject();
        Assert.False(HasAction(refreshed, "Acknowledge"));
        Assert.Contains("Casey CTO at 2026-03-14 09:06 UTC", refreshed.ToJsonString());
        await Host.InboxIdleAsync();
        Assert.Contains(Teams.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + cardId, StringComparison.Ordinal));
        Assert.False(HasAction(CardOf(Teams.Channel(channel.Id).Messages[0]), "Acknowledge"));
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");

        // Teams retries the same invoke: nothing happens twice, and it gets the current card.
        var postsBefore = Teams.Channel(channel.Id).Messages.Count;
        var again = await SendAsync(ack);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)again!["type"]);
        await Host.InboxIdleAsync();
        Assert.Equal(postsBefore, Teams.Channel(channel.Id).Messages.Count);

        // Triage: the question card's buttons; the answer turns the card into the answered question and posts the checklist.
        await SayAsync(Alice, channel.Id, "incident triage");
        var question = await PostedAsync(channel.Id, "Triage 1/5");
        var answered = await SendAsync(Driver.Execute(Alice, channel.Id, ActionOn(CardOf(question), "Failing or slow"), (string)question["id"]!));
        Assert.Contains("Answered: Failing or slow (Alice Adams", answered!["value"]!.ToJsonString());
        Assert.False(HasAction(answered["value"]!.AsObject(), "Failing or slow"));
        await PostedAsync(channel.Id, "Mitigation checklist: API issues");

        // Post update: the button opens the dialog; a bad submission shows the errors; a good one posts the template.
        var open = ActionOn(CardOf(Teams.Channel(channel.Id).Messages[0]), "Post update");
        var dialog = await SendAsync(Driver.TaskFetch(Alice, channel.Id, open["data"]!));
        Assert.Equal("continue", (string?)dialog!["task"]!["type"]);
        var form = dialog["task"]!["value"]!["card"]!["content"]!.AsObject();
        var submit = (JsonObject)form["actions"]![0]!["data"]!.DeepClone();
        submit["status"] = "identified";
        submit["message"] = "";
        var refused = await SendAsync(Driver.TaskSubmit(Alice, channel.Id, submit));
        Assert.Equal("continue", (string?)refused!["task"]!["type"]);
        Assert.Contains("Say what changed", refused.ToJsonString());
        submit["message"] = "Deploy 4f2a broke the payment client";
        var accepted = await SendAsync(Driver.TaskSubmit(Alice, channel.Id, submit));
        Assert.Equal("message", (string?)accepted!["task"]!["type"]);
        await Host.InboxIdleAsync();
        await PostedAsync(channel.Id, "INCIDENT UPDATE");

        // The next update falls due: the commander is reminded by mention.
        await Host.AdvanceAsync(TimeSpan.FromMinutes(16));
        await Host.FireDueAsync();
        var reminder = await PostedAsync(channel.Id, "Status update due");
        Assert.Equal(Alice.ObjectId, (string?)reminder["entities"]![0]!["mentioned"]!["id"]);

        // Resolve: the close template, and the post-mortem posted in the channel and written to disk.
        await SayAsync(Alice, channel.Id, "incident resolve Rolled back deploy 4f2a");
        await PostedAsync(channel.Id, "Incident resolved at");
        var postMortem = await PostedAsync(channel.Id, "Post-mortem skeleton: INC-2026-001");
        Assert.Contains("## Timeline (UTC)", (string?)postMortem["text"]);
        Assert.Contains("| Time to acknowledge (MTTA) |", (string?)postMortem["text"]);
        Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "postmortem-20260314-checkout-is-down.md"));
        await PostedAsync(Announce, "INC-2026-001 resolved");
        await ReplyAsync(channel.Id, "Resolved INC-2026-001.");
        Assert.DoesNotContain(CardOf(Teams.Channel(channel.Id).Messages[0])["body"]!.AsArray(), b => (string?)b!["type"] == "ActionSet");
        await AssertNoFailedIntentsAsync();
    }
}
