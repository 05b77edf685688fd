using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Renders a neutral <see cref="ChatMessage"/> as the <c>text</c> and <c>blocks</c> of
/// <see href="https://api.slack.com/methods/chat.postMessage">chat.postMessage</see>.
/// </summary>
public static class BlockKitMessage
{
    public const string LeadBlockId = "message";

    /// <summary>
    /// <paramref name="mention"/> turns a person (as Core names them) into Slack mention syntax, e.g. <c>&lt;@U123&gt;</c>;
    /// its output is trusted, everything else is escaped.
    /// </summary>
    public static (string Text, JsonArray? Blocks) Render(ChatMessage message, Func<string, string> mention)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(mention);
        var mentions = message.MentionList.Where(m => !string.IsNullOrWhiteSpace(m)).Select(mention).ToList();
        var card = message.Card;
        if (card is null) return (Compose(mentions, message.Text, BlockKitLimits.MessageText), null);

        // The notification needs words even when the message is only a card.
        var text = Compose(mentions, string.IsNullOrWhiteSpace(message.Text) ? card.Title : message.Text, BlockKitLimits.MessageText);
        var leads = mentions.Count > 0 || (!string.IsNullOrWhiteSpace(message.Text) && message.Text.Trim() != card.Title.Trim());
        if (!leads) return (text, BlockKitCards.Render(card));

        var lead = Compose(mentions, message.Text, BlockKitLimits.SectionText);
        if (lead.Length == 0) return (text, BlockKitCards.Render(card));
        var blocks = BlockKitCards.Render(card, BlockKitLimits.MessageBlocks - 1);
        blocks.Insert(0, BlockKitCards.Section(LeadBlockId, BlockKitText.MrkdwnRaw(lead)));
        return (text, blocks);
    }

    /// <summary>Mentions first (as many as fit, never cut in half), then the escaped text in the room left.</summary>
    private static string Compose(IReadOnlyList<string> mentions, string text, int max)
    {
        var composed = new StringBuilder();
        foreach (var m in mentions)
        {
            var extra = (composed.Length > 0 ? 1 : 0) + m.Length;
            if (composed.Length + extra > max) break;
            if (composed.Length > 0) composed.Append(' ');
            composed.Append(m);
        }
        if (string.IsNullOrWhiteSpace(text)) return composed.ToString();
        var separator = composed.Length > 0 ? 1 : 0;
        var room = max - composed.Length - separator;
        if (room <= SlackText.Ellipsis.Length) return composed.ToString();
        if (separator > 0) composed.Append(' ');
        return composed.Append(SlackText.EscapeAndTruncate(text, room)).ToString();
    }
}
