using System.Net;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>A whole incident over Slack: slash command, card buttons, escalation, triage, modal, reminder, resolve.</summary>
public sealed class SlackWholeIncidentTests : SlackIncidentTest
{
    [Fact]
    public async Task An_incident_runs_from_declaration_to_uploaded_post_mortem()
    {
        // Declare: channel, topic, invites, pinned card, announcement.
        var channel = await DeclareAsync();
        Assert.Equal("inc-2026-001-checkout-is-down", channel.Name);
        Assert.Contains("INC-2026-001 P0", channel.Topic);
        Assert.Superset(new HashSet<string> { Alice, OnCall, Lead }, channel.Members);
        var card = channel.Messages[0];
        Assert.Contains(card["ts"]!.GetValue<string>(), channel.PinnedTs);
        Assert.Contains("\"incident.ack\"", card.ToJsonString());
        await PostedAsync(Announce, "declared INC-2026-001");

        // Nobody acknowledges within 5 minutes: the CTO (found by email) and the head of engineering are pulled in.
        Host.Time.Advance(TimeSpan.FromMinutes(6));
        await Host.FireDueAsync();
        var escalation = await PostedAsync(channel.Id, "Escalated INC-2026-001");
        Assert.Contains($"<@{Cto}>", escalation.Body.Replace("%3C", "<").Replace("%40", "@").Replace("%3E", ">"));
        Assert.Contains(Cto, channel.Members);
        Assert.Contains(Head, channel.Members);

        // The CTO presses Acknowledge on the card: the pinned card is updated in place without the button.
        Assert.Equal(HttpStatusCode.OK, (await Driver.PressAsync(Cto, channel.Id, "incident.ack", "INC-2026-001")).StatusCode);
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
        var update = await Slack.WaitForCallAsync("chat.update", c => c.Arg("ts") == card["ts"]!.GetValue<string>() && !c.Body.Contains("incident.ack"), Wait);
        Assert.Contains("Acknowledged", update.Arg("blocks"));

        // Triage: the first question's buttons; "Failing or slow" posts the API checklist.
        await Driver.SlashAsync(Alice, channel.Id, "triage");
        var question = await PostedAsync(channel.Id, "Triage 1/5");
        var failing = JsonNode.Parse(question.Arg("blocks")!)!.AsArray()
            .Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Single(e => e!["text"]!["text"]!.GetValue<string>() == "Failing or slow")!;
        await Driver.PressAsync(Alice, channel.Id, failing["action_id"]!.GetValue<string>(), failing["value"]!.GetValue<string>());
        await PostedAsync(channel.Id, "Mitigation checklist: API issues");

        // Post update: the button opens the modal at once; a bad submission gets field errors; a good one posts the template.
        await Driver.PressAsync(Alice, channel.Id, "incident.update", "INC-2026-001");
        var opened = await Slack.WaitForCallAsync("views.open", null, Wait);
        var view = JsonNode.Parse(opened.Arg("view")!)!.AsObject();
        Assert.Equal("form.update", view["callback_id"]!.GetValue<string>());
        var invalid = await Driver.SubmitAsync(Alice, view, new() { ["status"] = "identified", ["message"] = "" });
        Assert.Contains("\"response_action\":\"errors\"", await invalid.Content.ReadAsStringAsync());
        var valid = await Driver.SubmitAsync(Alice, view, new() { ["status"] = "identified", ["message"] = "Deploy 4f2a broke the payment client" });
        Assert.Equal("", await valid.Content.ReadAsStringAsync());
        await PostedAsync(channel.Id, "INCIDENT UPDATE");

        // The next update falls due 15 minutes later: the commander is reminded by mention.
        Host.Time.Advance(TimeSpan.FromMinutes(16));
        await Host.FireDueAsync();
        var reminder = await PostedAsync(channel.Id, "Status update due");
        Assert.Contains(Alice, reminder.Body);

        // Resolve: the close template, and the post-mortem uploaded through the external upload flow.
        await Driver.SlashAsync(Alice, channel.Id, "resolve Rolled back deploy 4f2a");
        await Slack.WaitForCallAsync("files.completeUploadExternal", null, Wait);
        var file = Assert.Single(Slack.UploadedFiles);
        Assert.Contains("## Timeline (UTC)", System.Text.Encoding.UTF8.GetString(file.Bytes!));
        Assert.Contains("| Time to acknowledge (MTTA) |", System.Text.Encoding.UTF8.GetString(file.Bytes!));
        Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "postmortem-20260314-checkout-is-down.md"));
        await PostedAsync(channel.Id, "Incident resolved at");

        // Whoever typed a command saw its answer, privately, through the command's response_url.
        await Host.InboxIdleAsync();
        var replies = Slack.ResponsePosts.Select(p => JsonNode.Parse(p.Body)!).ToList();
        Assert.All(replies, r => Assert.Equal("ephemeral", r["response_type"]!.GetValue<string>()));
        Assert.Contains(replies, r => r["text"]!.GetValue<string>().StartsWith("Declared INC-2026-001 (P0) in #inc-2026-001-checkout-is-down", StringComparison.Ordinal));
        Assert.Contains(replies, r => r["text"]!.GetValue<string>().StartsWith("Resolved INC-2026-001.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declaring_with_the_modal_validates_fields_and_keeps_a_private_incident_out_of_the_announce_channel()
    {
        var response = await Driver.SlashAsync(Bob, General, "declare");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var opened = await Slack.WaitForCallAsync("views.open", null, Wait);
        var view = JsonNode.Parse(opened.Arg("view")!)!.AsObject();
        Assert.Equal("form.declare", view["callback_id"]!.GetValue<string>());

        var invalid = await Driver.SubmitAsync(Bob, view, new() { ["title"] = "", ["severity"] = "P1" });
        var errors = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", errors["response_action"]!.GetValue<string>());
        Assert.NotNull(errors["errors"]!["title"]);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "conversations.create");

        await Driver.SubmitAsync(Bob, view, new()
        {
            ["title"] = "Suspected cross-tenant data leak",
            ["severity"] = "P1",
            ["services"] = "API",
            ["impact"] = "Tenant A may see tenant B's products",
            ["private"] = "true",
        });
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        var created = Slack.Calls.Single(c => c.Method == "conversations.create");
        Assert.Equal("true", created.Arg("is_private"));
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == Announce);
    }

    [Fact]
    public async Task Bad_commands_get_clear_ephemeral_answers_and_create_nothing()
    {
        var unknown = await Driver.SlashAsync(Alice, General, "frobnicate");
        Assert.Contains("Unknown command", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("\"response_type\":\"ephemeral\"", await (await Driver.SlashAsync(Alice, General, "note")).Content.ReadAsStringAsync());

        var severity = await Driver.SlashAsync(Alice, General, "declare P9 Something");
        Assert.Contains("Unknown severity 'P9'", await severity.Content.ReadAsStringAsync());
        var list = await Driver.SlashAsync(Alice, General, "list");
        Assert.Contains("No open incidents", await list.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "conversations.create");
    }
}
