using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Bot.Tests.Slack.BlockKit;
using ChatOps.Bot.Tests.Support;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Teams.AdaptiveCards;

/// <summary>Every card and dialog the bot can show in Teams is valid against the published Adaptive Card 1.5 schema.</summary>
public sealed class AdaptiveCardSchemaTests
{
    private static readonly PublishedSchema Schema = PublishedSchema.AdaptiveCard();

    /// <summary>Cards from real incidents in every state the engine posts them in, and the cards the Teams adapter adds.</summary>
    public static TheoryData<string> Cards() => [.. AllCards().Select(c => c.Name)];

    public static TheoryData<string> Dialogs() => [.. AllDialogs().Select(d => d.Name)];

    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(RepoFiles.Reference("teams", "adaptive-card-samples")).Where(f => f.Contains("v1.5")).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_card_is_valid_Adaptive_Card_1_5(string name)
    {
        var card = AllCards().Single(c => c.Name == name).Card;
        Assert.Empty(Schema.Validate(card));
        Assert.Equal("1.5", (string?)card["version"]);
    }

    [Theory]
    [MemberData(nameof(Dialogs))]
    public void Every_dialog_is_valid_Adaptive_Card_1_5(string name) =>
        Assert.Empty(Schema.Validate(AllDialogs().Single(d => d.Name == name).Card));

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_validator_accepts_the_published_1_5_samples(string file) =>
        Assert.Empty(Schema.Validate(JsonNode.Parse(File.ReadAllText(RepoFiles.Reference("teams", "adaptive-card-samples", file)))));

    [Theory]
    [InlineData("""{"type":"TextBlock"}""", """{"type":"TextBlock","text":"hi"}""")]
    [InlineData("""{"type":"Marquee","text":"hi"}""", """{"type":"TextBlock","text":"hi"}""")]
    [InlineData("""{"type":"FactSet","facts":[{"title":"a"}]}""", """{"type":"FactSet","facts":[{"title":"a","value":"b"}]}""")]
    [InlineData("""{"type":"ActionSet","actions":[{"type":"Action.Execute","title":"Go","verb":1}]}""", """{"type":"ActionSet","actions":[{"type":"Action.Execute","title":"Go","verb":"go"}]}""")]
    [InlineData("""{"type":"Input.Toggle","id":"x"}""", """{"type":"Input.Toggle","id":"x","title":"X"}""")]
    public void The_validator_refuses_broken_elements_and_accepts_them_fixed(string broken, string fixedElement)
    {
        Assert.NotEmpty(Schema.Validate(AdaptiveCard.Card("broken", [JsonNode.Parse(broken)!.AsObject()])));
        Assert.Empty(Schema.Validate(AdaptiveCard.Card("fixed", [JsonNode.Parse(fixedElement)!.AsObject()])));
    }

    [Fact]
    public void A_property_Teams_does_not_define_is_refused_at_the_top_of_a_card()
    {
        var card = AdaptiveCard.Card("extra", [AdaptiveCard.Text("hi")]);
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        Assert.NotEmpty(Schema.Validate(card));
    }

    private static IEnumerable<(string Name, JsonObject Card)> AllCards()
    {
        foreach (var (name, card) in BlockKitFixtures.RealCards()) yield return (name, AdaptiveCardRenderer.Render(card));
        var runbook = BlockKitFixtures.Runbook;
        var busy = BlockKitFixtures.Incident("P0", "Payments: 500s on /charge & \"refunds\" <all regions>", isPrivate: true);
        var severity = runbook.FindSeverity("P0")!;
        busy.Escalate("ChatOps", 1, severity.Escalation[0], "not acknowledged within 5m", automatic: true, BlockKitFixtures.T.AddMinutes(6));
        busy.AssignRole("alice", IncidentRole.Comms, "bob", BlockKitFixtures.T.AddMinutes(7));
        busy.AssignRole("alice", IncidentRole.Scribe, "carol", BlockKitFixtures.T.AddMinutes(7));
        busy.AnswerTriage("alice", runbook.Triage[0], runbook.Triage[0].Answers[^1], BlockKitFixtures.T.AddMinutes(8));
        yield return ("incident, escalated with roles and a category", AdaptiveCardRenderer.Render(IncidentCards.Incident(busy, runbook)));
        var closed = BlockKitFixtures.Incident("P3");
        closed.Resolve("alice", "Fixed", BlockKitFixtures.T.AddHours(2));
        closed.Close("alice", BlockKitFixtures.T.AddHours(3));
        yield return ("incident, closed", AdaptiveCardRenderer.Render(IncidentCards.Incident(closed, runbook)));
        yield return ("empty card", AdaptiveCardRenderer.Render(new Card("", [], [], null, [])));
        foreach (var (name, form) in BlockKitFixtures.RealForms()) yield return ($"opener of the {name} form", AdaptiveCardRenderer.FormOpener(form, "Open the form to fill it in."));
    }

    private static IEnumerable<(string Name, JsonObject Card)> AllDialogs()
    {
        foreach (var (name, form) in BlockKitFixtures.RealForms())
        {
            yield return ($"{name}, blank", AdaptiveDialogs.Render(form));
            var values = form.Fields.ToDictionary(f => f.Id, f => f.Choices?.LastOrDefault()?.Value ?? "typed <text> & more");
            var errors = form.Fields.ToDictionary(f => f.Id, f => $"{f.Label} is wrong.");
            yield return ($"{name}, refused with errors", AdaptiveDialogs.Render(form, values, errors));
            var response = AdaptiveDialogs.Continue(form, AdaptiveDialogs.Render(form));
            yield return ($"{name}, inside the task/fetch response", response["task"]!["value"]!["card"]!["content"]!.AsObject());
        }
    }
}
