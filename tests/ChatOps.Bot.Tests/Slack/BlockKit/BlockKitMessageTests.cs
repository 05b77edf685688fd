using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

public class BlockKitMessageTests
{
    private static string Mention(string person) => $"<@U{person.ToUpperInvariant()}>";

    [Fact]
    public void A_text_message_is_mentions_then_escaped_text_and_no_blocks()
    {
        var (text, blocks) = BlockKitMessage.Render(new ChatMessage("Deploy <now> & relax", Mentions: ["alice", "bob"]), Mention);

        Assert.Equal("<@UALICE> <@UBOB> Deploy &lt;now&gt; &amp; relax", text);
        Assert.Null(blocks);
    }

    [Fact]
    public void A_card_whose_title_is_the_text_gets_no_lead_section()
    {
        var card = IncidentCards.Incident(BlockKitFixtures.Incident(), BlockKitFixtures.Runbook);

        var (text, blocks) = BlockKitMessage.Render(new ChatMessage(card.Title, card), Mention);

        Assert.Equal(card.Title, text);
        Assert.Equal(BlockKitCards.Render(card).ToJsonString(), blocks!.ToJsonString());
    }

    [Fact]
    public void A_card_message_with_mentions_or_other_text_leads_with_a_section()
    {
        var card = IncidentCards.Incident(BlockKitFixtures.Incident(), BlockKitFixtures.Runbook);

        var (text, blocks) = BlockKitMessage.Render(new ChatMessage("New incident: <b>", card, ["alice"]), Mention);

        Assert.Equal("<@UALICE> New incident: &lt;b&gt;", text);
        Assert.Equal(BlockKitMessage.LeadBlockId, (string)blocks![0]!["block_id"]!);
        Assert.Equal("<@UALICE> New incident: &lt;b&gt;", (string)blocks[0]!["text"]!["text"]!);
        Assert.Equal("header", (string)blocks[1]!["type"]!);
        BlockKitLint.AssertMessage(blocks);
    }

    [Fact]
    public void A_card_with_no_text_notifies_with_its_title()
    {
        var (text, _) = BlockKitMessage.Render(new ChatMessage("", new Card("A & B", [], [], null, [])), Mention);

        Assert.Equal("A &amp; B", text);
    }

    [Fact]
    public void A_hostile_title_is_escaped_in_the_notification_and_every_mrkdwn_text()
    {
        const string hostile = "<!channel> & <@U123> hi";
        var message = new ChatMessage(hostile, new Card(hostile, [hostile], [new Fact("Title", hostile)], hostile, []));

        var (text, blocks) = BlockKitMessage.Render(message, Mention);

        BlockKitLint.AssertEscaped(text);
        Assert.All(BlockKitLint.MrkdwnTexts(blocks), BlockKitLint.AssertEscaped);
    }

    [Fact]
    public void The_notification_text_stays_within_3000_characters_without_cutting_a_mention()
    {
        var mentions = Enumerable.Range(1, 400).Select(i => $"person{i}").ToList();

        var (text, _) = BlockKitMessage.Render(new ChatMessage(new string('x', 5000), null, mentions), Mention);

        Assert.InRange(text.Length, 1, BlockKitLimits.MessageText);
        Assert.DoesNotMatch("<[^>]*$", text);
    }

    [Fact]
    public void A_lead_section_still_leaves_the_message_at_50_blocks()
    {
        var card = new Card("Long", Enumerable.Range(1, 80).Select(i => $"Step {i}").ToList(), [], null, []);

        var (_, blocks) = BlockKitMessage.Render(new ChatMessage("Checklist", card, ["alice"]), Mention);

        BlockKitLint.AssertMessage(blocks!);
        Assert.Equal(50, blocks!.Count);
        Assert.Equal("… 33 more not shown", (string)blocks[49]!["elements"]![0]!["text"]!);
    }
}
