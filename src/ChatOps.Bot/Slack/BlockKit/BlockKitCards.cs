using System.Text.Json.Nodes;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Renders a neutral <see cref="Card"/> as Slack <see href="https://api.slack.com/reference/block-kit/blocks">blocks</see>:
/// header, a section per text section, fact fields, a context line and action rows, all within Slack's limits.
/// </summary>
public static class BlockKitCards
{
    public const string HeaderBlockId = "header";
    public const string ContextBlockId = "context";
    public const string MoreBlockId = "more";

    public static JsonArray Render(Card card) => Render(card, BlockKitLimits.MessageBlocks);

    /// <summary>The card's blocks, at most <paramref name="maxBlocks"/> of them (the last says how many were left out).</summary>
    internal static JsonArray Render(Card card, int maxBlocks)
    {
        ArgumentNullException.ThrowIfNull(card);
        var blocks = new List<JsonObject>();
        if (!string.IsNullOrWhiteSpace(card.Title))
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "header",
                ["block_id"] = HeaderBlockId,
                ["text"] = BlockKitText.Plain(card.Title, BlockKitLimits.HeaderText),
            });
        }
        var sections = card.Sections.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            blocks.Add(Section($"section-{i + 1}", BlockKitText.Mrkdwn(sections[i], BlockKitLimits.SectionText)));
        }
        var facts = card.Facts.Select(Field).OfType<JsonObject>().Chunk(BlockKitLimits.SectionFields).ToList();
        for (var i = 0; i < facts.Count; i++)
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["block_id"] = $"facts-{i + 1}", ["fields"] = new JsonArray(facts[i]) });
        }
        if (!string.IsNullOrWhiteSpace(card.Context))
        {
            blocks.Add(Context(ContextBlockId, BlockKitText.Mrkdwn(card.Context, BlockKitLimits.ContextText)));
        }
        var actionIds = new ActionIdAllocator();
        var rows = card.Buttons.Select(b => BlockKitButtons.Render(b, actionIds.Next(b.ActionId))).Chunk(BlockKitLimits.ActionsElements).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["block_id"] = $"actions-{i + 1}", ["elements"] = new JsonArray(rows[i]) });
        }
        return new JsonArray([.. Limit(blocks, maxBlocks)]);
    }

    internal static JsonObject Section(string blockId, JsonObject text) =>
        new() { ["type"] = "section", ["block_id"] = blockId, ["text"] = text };

    private static JsonObject Context(string blockId, JsonObject text) =>
        new() { ["type"] = "context", ["block_id"] = blockId, ["elements"] = new JsonArray(text) };

    /// <summary>A fact as a <c>*Label*\nValue</c> field; the value is what gets shortened.</summary>
    private static JsonObject? Field(Fact fact)
    {
        var label = string.IsNullOrWhiteSpace(fact.Label) ? "" : $"*{SlackText.EscapeAndTruncate(fact.Label, BlockKitLimits.FieldText / 2)}*";
        if (label.Length == 0 && string.IsNullOrWhiteSpace(fact.Value)) return null;
        var value = string.IsNullOrWhiteSpace(fact.Value) ? "-" : fact.Value;
        var prefix = label.Length == 0 ? "" : label + "\n";
        return BlockKitText.MrkdwnRaw(prefix + SlackText.EscapeAndTruncate(value, BlockKitLimits.FieldText - prefix.Length));
    }

    private static IEnumerable<JsonObject> Limit(List<JsonObject> blocks, int maxBlocks)
    {
        if (blocks.Count <= maxBlocks) return blocks;
        var kept = Math.Max(0, maxBlocks - 1);
        var more = Context(MoreBlockId, BlockKitText.MrkdwnRaw($"{SlackText.Ellipsis} {blocks.Count - kept} more not shown"));
        return maxBlocks <= 0 ? [] : [.. blocks.Take(kept), more];
    }
}
