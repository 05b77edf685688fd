using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

public class BlockKitCardTests
{
    public static TheoryData<string> CardNames() => [.. BlockKitFixtures.RealCards().Select(c => c.Name)];

    private static Card RealCard(string name) => BlockKitFixtures.RealCards().Single(c => c.Name == name).Card;

    private static IEnumerable<JsonObject> Buttons(JsonArray blocks) =>
        blocks.Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => e!.AsObject());

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_real_card_renders_within_slacks_limits_and_types(string name)
    {
        var card = RealCard(name);

        var blocks = BlockKitCards.Render(card);

        BlockKitLint.AssertMessage(blocks);
        Assert.All(BlockKitLint.MrkdwnTexts(blocks), BlockKitLint.AssertEscaped);
        Assert.Equal(card.Buttons.Select(b => b.ActionId), Buttons(blocks).Select(b => BlockKitActionIds.Base((string)b["action_id"]!)));
        Assert.Equal(card.Buttons.Select(b => b.Value), Buttons(blocks).Select(b => (string)b["value"]!));
    }

    [Fact]
    public void The_incident_card_has_a_header_facts_context_and_styled_buttons_with_confirmations()
    {
        var blocks = BlockKitCards.Render(RealCard("incident, open"));

        Assert.Equal(["header", "section", "section", "context", "actions"], blocks.Select(b => (string)b!["type"]!));
        Assert.Equal("INC-2026-003: Checkout is down", (string)blocks[0]!["text"]!["text"]!);
        Assert.Equal("Started after the 08:50 deploy", (string)blocks[1]!["text"]!["text"]!);
        Assert.Contains("*Severity*\nP1 (High)", blocks[2]!["fields"]!.AsArray().Select(f => (string)f!["text"]!));
        var buttons = Buttons(blocks).ToDictionary(b => (string)b["action_id"]!);
        Assert.Equal("primary", (string?)buttons[Acknowledge.ActionId]["style"]);
        Assert.Null(buttons[PostUpdate.ActionId]["style"]);
        Assert.Null(buttons[PostUpdate.ActionId]["confirm"]);
        var resolve = buttons[Resolve.ActionId];
        Assert.Equal("danger", (string?)resolve["style"]);
        Assert.Equal("Are you sure?", (string)resolve["confirm"]!["title"]!["text"]!);
        Assert.StartsWith("Resolve INC-2026-003?", (string)resolve["confirm"]!["text"]!["text"]!);
        Assert.Equal("mrkdwn", (string)resolve["confirm"]!["text"]!["type"]!);
        Assert.Equal("Yes", (string)resolve["confirm"]!["confirm"]!["text"]!);
        Assert.Equal("Cancel", (string)resolve["confirm"]!["deny"]!["text"]!);
        Assert.Equal("danger", (string?)resolve["confirm"]!["style"]);
        Assert.Null(buttons[Escalate.ActionId]["confirm"]!["style"]);
    }

    [Fact]
    public void Triage_answers_sharing_one_action_id_get_numbered_and_map_back()
    {
        var question = BlockKitFixtures.Runbook.Triage.First(q => q.Answers.Count >= 2);
        var card = IncidentCards.TriageQuestion(BlockKitFixtures.Incident(), question, 1, 1);

        var ids = Buttons(BlockKitCards.Render(card)).Select(b => (string)b["action_id"]!).ToList();

        Assert.Equal([AnswerTriage.ActionId, .. Enumerable.Range(2, ids.Count - 1).Select(n => $"{AnswerTriage.ActionId}#{n}")], ids);
        Assert.All(ids, id => Assert.Equal(AnswerTriage.ActionId, BlockKitActionIds.Base(id)));
    }

    [Fact]
    public void Many_buttons_split_into_rows_of_25_and_many_facts_into_sections_of_10()
    {
        var buttons = Enumerable.Range(1, 30).Select(i => new CardButton($"B{i}", "same", $"{i}")).ToList();
        var facts = Enumerable.Range(1, 23).Select(i => new Fact($"F{i}", $"{i}")).ToList();

        var blocks = BlockKitCards.Render(new Card("Big", [], facts, null, buttons));

        BlockKitLint.AssertMessage(blocks);
        Assert.Equal([10, 10, 3], blocks.Where(b => b!["fields"] is not null).Select(b => b!["fields"]!.AsArray().Count));
        Assert.Equal([25, 5], blocks.Where(b => (string?)b!["type"] == "actions").Select(b => b!["elements"]!.AsArray().Count));
        Assert.Equal(30, Buttons(blocks).Select(b => (string)b["action_id"]!).Distinct().Count());
    }

    [Fact]
    public void More_than_50_blocks_end_in_a_note_of_how_many_were_left_out()
    {
        var sections = Enumerable.Range(1, 70).Select(i => $"Step {i}").ToList();

        var blocks = BlockKitCards.Render(new Card("Long", sections, [], "ctx", []));

        BlockKitLint.AssertMessage(blocks);
        Assert.Equal(50, blocks.Count);
        var last = blocks[49]!;
        Assert.Equal("context", (string)last["type"]!);
        // 72 blocks (header, 70 sections, context): 49 kept, 23 left out.
        Assert.Equal("… 23 more not shown", (string)last["elements"]![0]!["text"]!);
        Assert.Equal("Step 48", (string)blocks[48]!["text"]!["text"]!);
    }

    [Fact]
    public void Long_texts_are_cut_visibly_to_each_limit()
    {
        var longText = string.Concat(Enumerable.Repeat("🚨 outage ", 800));
        var card = new Card(longText, [longText], [new Fact(longText, longText)], longText,
            [new CardButton(longText, "act", "v", ButtonStyle.Danger, longText)]);

        var blocks = BlockKitCards.Render(card);

        BlockKitLint.AssertMessage(blocks);
        Assert.EndsWith("…", (string)blocks[0]!["text"]!["text"]!);
        Assert.EndsWith("…", (string)blocks[1]!["text"]!["text"]!);
        Assert.EndsWith("…", (string)blocks[2]!["fields"]![0]!["text"]!);
        Assert.EndsWith("…", (string)Buttons(blocks).Single()["text"]!["text"]!);
    }

    [Fact]
    public void User_text_cannot_ping_or_link_from_any_mrkdwn_text()
    {
        const string hostile = "<!channel> & <@U123> hi";
        var card = new Card(hostile, [hostile], [new Fact(hostile, hostile)], hostile,
            [new CardButton(hostile, "act", "v", ButtonStyle.Default, hostile)]);

        var blocks = BlockKitCards.Render(card);

        var texts = BlockKitLint.MrkdwnTexts(blocks).ToList();
        Assert.Equal(4, texts.Count);
        Assert.All(texts, BlockKitLint.AssertEscaped);
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U123&gt; hi", (string)blocks[1]!["text"]!["text"]!);
        Assert.Equal(hostile, (string)blocks[0]!["text"]!["text"]!);
    }

    [Fact]
    public void Block_ids_are_stable_between_renders()
    {
        var first = BlockKitCards.Render(RealCard("incident, open"));
        var second = BlockKitCards.Render(RealCard("incident, open"));

        Assert.Equal(["header", "section-1", "facts-1", "context", "actions-1"], first.Select(b => (string)b!["block_id"]!));
        Assert.Equal(first.Select(b => (string)b!["block_id"]!), second.Select(b => (string)b!["block_id"]!));
    }

    [Fact]
    public void A_button_value_too_long_to_round_trip_is_refused_rather_than_cut()
    {
        var card = new Card("T", [], [], null, [new CardButton("Go", "act", new string('v', BlockKitLimits.ButtonValue + 1))]);

        Assert.Throws<ArgumentException>(() => BlockKitCards.Render(card));
    }
}
