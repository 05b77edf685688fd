using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Bot.Tests.Slack.BlockKit;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.Teams.AdaptiveCards;

/// <summary>What people see and press in Teams: the incident card's parts, its buttons, and the dialogs.</summary>
public sealed class AdaptiveCardRenderingTests
{
    private static JsonObject IncidentCard() => AdaptiveCardRenderer.Render(IncidentCards.Incident(BlockKitFixtures.Incident("P1"), BlockKitFixtures.Runbook));

    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        card["body"]!.AsArray().Where(b => (string?)b!["type"] == "ActionSet").SelectMany(b => b!["actions"]!.AsArray()).Select(a => a!.AsObject());

    [Fact]
    public void The_incident_card_shows_title_facts_and_context()
    {
        var card = IncidentCard();
        var body = card["body"]!.AsArray();
        Assert.Equal("INC-2026-003: Checkout is down", (string?)body[0]!["text"]);
        Assert.Equal("Bolder", (string?)body[0]!["weight"]);
        var facts = body.Single(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray();
        Assert.Contains(facts, f => (string?)f!["title"] == "Severity" && (string?)f["value"] == "P1 (High)");
        Assert.Contains(facts, f => (string?)f!["title"] == "Impact" && (string?)f["value"] == "EU customers cannot pay");
        Assert.Contains(body, b => (string?)b!["text"] == "INC-2026-003 · #inc-2026-003-checkout-is-down" && b["isSubtle"]!.GetValue<bool>());
        Assert.Equal("INC-2026-003: Checkout is down", (string?)card["fallbackText"]);
    }

    [Fact]
    public void User_text_full_of_markdown_date_functions_mentions_and_html_is_plain_text_everywhere_on_a_card()
    {
        const string Markup = Host.TeamsPeopleAndTextTests.Markup;
        var card = AdaptiveCardRenderer.Render(new Card(
            $"INC-2026-003: {Markup}",
            [Markup, "- not a list\n1. not a numbered list either\n# nor a heading"],
            [new Fact("Impact", Markup), new Fact(Markup, "a label from a runbook")],
            Markup,
            [new CardButton("Resolve", Resolve.ActionId, "INC-2026-003", ButtonStyle.Danger, $"Resolve {Markup}?")]));

        AdaptiveText.AssertInert(card);
        var shown = AdaptiveText.Shown(card);
        Assert.Contains($"INC-2026-003: {Markup}", shown);
        Assert.Contains($"Resolve {Markup}?", shown);
        // Each line shows on its own, as a paragraph.
        Assert.Contains("- not a list\n\n1. not a numbered list either\n\n# nor a heading", shown);
        Assert.DoesNotContain(AdaptiveText.Texts(card).SelectMany(t => t.Split('\n')), line => line.StartsWith("- ", StringComparison.Ordinal)
            || line.StartsWith("1. ", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal));
    }

    [Fact]
    public void User_text_in_dialogs_and_form_openers_is_plain_text()
    {
        const string Markup = Host.TeamsPeopleAndTextTests.Markup;
        var form = IncidentForms.Update(BlockKitFixtures.Incident());

        AdaptiveText.AssertInert(AdaptiveDialogs.Render(form, new Dictionary<string, string>(), new Dictionary<string, string> { [IncidentForms.Message] = Markup }));
        AdaptiveText.AssertInert(AdaptiveCardRenderer.FormOpener(form, Markup));
        Assert.Contains(Markup, AdaptiveText.Shown(AdaptiveCardRenderer.FormOpener(form, Markup)));
    }

    [Fact]
    public void Buttons_are_Action_Execute_with_the_action_id_as_verb_and_the_value_in_data()
    {
        var ack = Actions(IncidentCard()).Single(a => (string?)a["title"] == "Acknowledge");
        Assert.Equal("Action.Execute", (string?)ack["type"]);
        Assert.Equal(Acknowledge.ActionId, (string?)ack["verb"]);
        Assert.Equal("positive", (string?)ack["style"]);
        var data = ActionData.Read(JsonDocument.Parse(ack["data"]!.ToJsonString()).RootElement);
        Assert.Equal(new ActionData(Acknowledge.ActionId, "INC-2026-003"), data);
    }

    [Fact]
    public void Post_update_opens_the_update_dialog()
    {
        var update = Actions(IncidentCard()).Single(a => (string?)a["title"] == "Post update");
        Assert.Equal("Action.Submit", (string?)update["type"]);
        Assert.Equal("task/fetch", (string?)update["data"]!["msteams"]!["type"]);
        Assert.Equal(PostUpdate.ActionId, (string?)update["data"]!["chatops"]!["action"]);
    }

    [Fact]
    public void Buttons_that_need_confirmation_ask_first_in_a_card_that_holds_the_real_button()
    {
        var resolve = Actions(IncidentCard()).Single(a => (string?)a["title"] == "Resolve");
        Assert.Equal("Action.ShowCard", (string?)resolve["type"]);
        Assert.Equal("destructive", (string?)resolve["style"]);
        var inner = resolve["card"]!;
        Assert.StartsWith("Resolve INC-2026-003?", (string?)inner["body"]![0]!["text"]);
        var yes = inner["actions"]![0]!;
        Assert.Equal(("Action.Execute", Resolve.ActionId, "Yes, resolve"), ((string?)yes["type"], (string?)yes["verb"], (string?)yes["title"]));
    }

    [Fact]
    public void A_resolved_incident_has_no_buttons()
    {
        var incident = BlockKitFixtures.Incident();
        incident.Resolve("alice", "Fixed", BlockKitFixtures.T.AddHours(1));
        Assert.Empty(Actions(AdaptiveCardRenderer.Render(IncidentCards.Incident(incident, BlockKitFixtures.Runbook))));
    }

    [Fact]
    public void The_declare_dialog_has_an_input_per_field_with_the_field_ids()
    {
        var form = IncidentForms.Declare(BlockKitFixtures.Runbook);
        var card = AdaptiveDialogs.Render(form);
        var inputs = card["body"]!.AsArray().Where(b => ((string?)b!["type"])!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        Assert.Equal(form.Fields.Select(f => f.Id), inputs.Select(i => (string?)i!["id"]));
        var severity = inputs.Single(i => (string?)i!["id"] == IncidentForms.Severity)!;
        Assert.Equal("Input.ChoiceSet", (string?)severity["type"]);
        Assert.Equal(["P0", "P1", "P2", "P3"], severity["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.True(severity["isRequired"]!.GetValue<bool>());
        Assert.Equal("Input.Toggle", (string?)inputs.Single(i => (string?)i!["id"] == IncidentForms.Private)!["type"]);
        Assert.True(inputs.Single(i => (string?)i!["id"] == IncidentForms.Impact)!["isMultiline"]!.GetValue<bool>());
        var submit = card["actions"]![0]!;
        Assert.Equal(("Action.Submit", "Declare", Declare.FormId), ((string?)submit["type"], (string?)submit["title"], (string?)submit["data"]!["chatops"]!["form"]));
    }

    [Fact]
    public void A_refused_dialog_keeps_what_was_typed_and_shows_each_error_under_its_field()
    {
        var form = IncidentForms.Update(BlockKitFixtures.Incident());
        var card = AdaptiveDialogs.Render(form,
            new Dictionary<string, string> { [IncidentForms.Status] = "identified", [IncidentForms.Message] = "" },
            new Dictionary<string, string> { [IncidentForms.Message] = "Say what changed and what is being done." });
        var body = card["body"]!.AsArray().Select(b => b!).ToList();
        var message = body.FindIndex(b => (string?)b["id"] == IncidentForms.Message);
        Assert.Equal("Say what changed and what is being done.", (string?)body[message + 1]["text"]);
        Assert.Equal("Attention", (string?)body[message + 1]["color"]);
        Assert.Equal("identified", (string?)body.Single(b => (string?)b["id"] == IncidentForms.Status)["value"]);
        Assert.Equal("INC-2026-003", (string?)card["actions"]![0]!["data"]!["chatops"]!["context"]);
    }

    [Fact]
    public void A_submission_gives_back_the_inputs_without_the_bots_own_data()
    {
        using var submitted = JsonDocument.Parse("""{"status":"identified","message":"Rolled back","private":"false","chatops":{"form":"form.update","context":"INC-2026-003"},"msteams":{"type":"task/fetch"}}""");
        Assert.Equal(new ActionData(Form: PostUpdate.FormId, Context: "INC-2026-003"), ActionData.Read(submitted.RootElement));
        Assert.Equal(new Dictionary<string, string> { ["status"] = "identified", ["message"] = "Rolled back", ["private"] = "false" }, ActionData.Inputs(submitted.RootElement));
    }
}
