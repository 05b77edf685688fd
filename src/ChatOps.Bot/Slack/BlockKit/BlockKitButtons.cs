using System.Text.Json.Nodes;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>Renders card buttons as Block Kit <see href="https://api.slack.com/reference/block-kit/block-elements#button">buttons</see>.</summary>
internal static class BlockKitButtons
{
    public const string ConfirmTitle = "Are you sure?";
    public const string ConfirmYes = "Yes";
    public const string ConfirmNo = "Cancel";

    public static JsonObject Render(CardButton button, string actionId)
    {
        var element = new JsonObject
        {
            ["type"] = "button",
            ["text"] = BlockKitText.Plain(button.Label.Length > 0 ? button.Label : button.ActionId, BlockKitLimits.ButtonText),
            ["action_id"] = actionId,
            ["value"] = BlockKitText.Exact(button.Value, BlockKitLimits.ButtonValue, $"the value of button \"{button.Label}\""),
        };
        if (Style(button.Style) is { } style) element["style"] = style;
        if (!string.IsNullOrWhiteSpace(button.Confirm)) element["confirm"] = Confirm(button.Confirm, button.Style);
        return element;
    }

    private static string? Style(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => "primary",
        ButtonStyle.Danger => "danger",
        _ => null,
    };

    /// <summary>A <see href="https://api.slack.com/reference/block-kit/composition-objects#confirm">confirmation dialog</see>.</summary>
    private static JsonObject Confirm(string question, ButtonStyle style)
    {
        var confirm = new JsonObject
        {
            ["title"] = BlockKitText.Plain(ConfirmTitle, BlockKitLimits.ConfirmTitle),
            ["text"] = BlockKitText.Mrkdwn(question, BlockKitLimits.ConfirmText),
            ["confirm"] = BlockKitText.Plain(ConfirmYes, BlockKitLimits.ConfirmButton),
            ["deny"] = BlockKitText.Plain(ConfirmNo, BlockKitLimits.ConfirmButton),
        };
        if (style == ButtonStyle.Danger) confirm["style"] = "danger";
        return confirm;
    }
}
