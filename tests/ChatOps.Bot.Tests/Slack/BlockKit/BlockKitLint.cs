using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Slack.BlockKit;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

/// <summary>Checks rendered Block Kit against Slack's documented types and limits, the way Slack would reject it.</summary>
internal static partial class BlockKitLint
{
    /// <summary>https://api.slack.com/reference/block-kit/blocks</summary>
    public static readonly HashSet<string> BlockTypes =
        ["actions", "context", "divider", "file", "header", "image", "input", "markdown", "rich_text", "section", "table", "video"];

    /// <summary>https://api.slack.com/reference/block-kit/block-elements</summary>
    public static readonly HashSet<string> ElementTypes =
    [
        "button", "checkboxes", "datepicker", "datetimepicker", "email_text_input", "file_input", "image", "multi_static_select",
        "multi_external_select", "multi_users_select", "multi_conversations_select", "multi_channels_select", "number_input",
        "overflow", "plain_text_input", "radio_buttons", "rich_text_input", "static_select", "external_select", "users_select",
        "conversations_select", "channels_select", "timepicker", "url_text_input", "workflow_button",
    ];

    public static void AssertMessage(JsonArray blocks)
    {
        Assert.InRange(blocks.Count, 1, BlockKitLimits.MessageBlocks);
        AssertBlocks(blocks);
    }

    public static void AssertModal(JsonObject view)
    {
        Assert.Equal("modal", (string?)view["type"]);
        AssertPlain(view["title"], BlockKitLimits.ViewTitle);
        AssertPlain(view["submit"], BlockKitLimits.ViewSubmit);
        AssertPlain(view["close"], BlockKitLimits.ViewClose);
        Assert.InRange(((string?)view["callback_id"])!.Length, 1, BlockKitLimits.CallbackId);
        Assert.InRange(((string?)view["private_metadata"])!.Length, 0, BlockKitLimits.PrivateMetadata);
        var blocks = view["blocks"]!.AsArray();
        Assert.InRange(blocks.Count, 1, BlockKitLimits.ModalBlocks);
        AssertBlocks(blocks);
    }

    private static void AssertBlocks(JsonArray blocks)
    {
        var blockIds = new HashSet<string>();
        var actionIds = new HashSet<string>();
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            var type = (string)block["type"]!;
            Assert.Contains(type, BlockTypes);
            if (block["block_id"] is { } blockId) Assert.True(blockIds.Add((string)blockId!), $"block_id {blockId} repeats");
            switch (type)
            {
                case "header":
                    AssertPlain(block["text"], BlockKitLimits.HeaderText);
                    break;
                case "section":
                    if (block["text"] is { } text) AssertText(text, BlockKitLimits.SectionText);
                    if (block["fields"] is JsonArray fields)
                    {
                        Assert.InRange(fields.Count, 1, BlockKitLimits.SectionFields);
                        foreach (var field in fields) AssertText(field, BlockKitLimits.FieldText);
                    }
                    Assert.True(block["text"] is not null || block["fields"] is not null, "a section needs text or fields");
                    break;
                case "context":
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, 10);
                    foreach (var element in block["elements"]!.AsArray()) AssertText(element, BlockKitLimits.ContextText);
                    break;
                case "actions":
                    Assert.InRange(block["elements"]!.AsArray().Count, 1, BlockKitLimits.ActionsElements);
                    foreach (var element in block["elements"]!.AsArray()) AssertElement(element!.AsObject(), actionIds);
                    break;
                case "input":
                    AssertPlain(block["label"], BlockKitLimits.InputLabel);
                    if (block["hint"] is { } hint) AssertPlain(hint, BlockKitLimits.InputHint);
                    AssertElement(block["element"]!.AsObject(), actionIds);
                    break;
            }
        }
    }

    private static void AssertElement(JsonObject element, HashSet<string> actionIds)
    {
        Assert.Contains((string)element["type"]!, ElementTypes);
        var actionId = (string)element["action_id"]!;
        Assert.InRange(actionId.Length, 1, BlockKitLimits.ActionId);
        Assert.True(actionIds.Add(actionId), $"action_id {actionId} repeats in one surface");
        if ((string?)element["type"] == "button")
        {
            AssertPlain(element["text"], BlockKitLimits.ButtonText);
            Assert.InRange(((string)element["value"]!).Length, 0, BlockKitLimits.ButtonValue);
            if (element["style"] is { } style) Assert.Contains((string)style!, new[] { "primary", "danger" });
            if (element["confirm"] is JsonObject confirm)
            {
                AssertPlain(confirm["title"], BlockKitLimits.ConfirmTitle);
                AssertText(confirm["text"], BlockKitLimits.ConfirmText);
                AssertPlain(confirm["confirm"], BlockKitLimits.ConfirmButton);
                AssertPlain(confirm["deny"], BlockKitLimits.ConfirmButton);
            }
        }
        if (element["options"] is JsonArray options)
        {
            Assert.InRange(options.Count, 1, BlockKitLimits.SelectOptions);
            foreach (var option in options)
            {
                AssertPlain(option!["text"], BlockKitLimits.OptionText);
                Assert.InRange(((string)option["value"]!).Length, 1, BlockKitLimits.OptionValue);
            }
        }
    }

    private static void AssertPlain(JsonNode? text, int max)
    {
        Assert.Equal("plain_text", (string?)text?["type"]);
        AssertText(text, max);
    }

    private static void AssertText(JsonNode? text, int max)
    {
        Assert.Contains((string?)text?["type"], new[] { "plain_text", "mrkdwn" });
        var value = (string)text!["text"]!;
        Assert.InRange(value.Length, 1, max);
        AssertWellFormed(value);
    }

    /// <summary>No lone surrogate: a cut that split a pair would leave one.</summary>
    public static void AssertWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i])) Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[++i]), $"lone high surrogate at {i} in {text}");
            else Assert.False(char.IsLowSurrogate(text[i]), $"lone low surrogate at {i} in {text}");
        }
    }

    /// <summary>Every mrkdwn text anywhere under <paramref name="node"/>.</summary>
    public static IEnumerable<string> MrkdwnTexts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "mrkdwn" => [(string)o["text"]!],
        JsonObject o => o.SelectMany(p => MrkdwnTexts(p.Value)),
        JsonArray a => a.SelectMany(MrkdwnTexts),
        _ => [],
    };

    /// <summary>Text with Slack's three entities removed holds no raw control character.</summary>
    public static void AssertEscaped(string text) =>
        Assert.DoesNotMatch(RawControlCharacter(), Entity().Replace(text, ""));

    [GeneratedRegex("&(amp|lt|gt);")]
    private static partial Regex Entity();

    [GeneratedRegex("[&<>]")]
    private static partial Regex RawControlCharacter();
}
