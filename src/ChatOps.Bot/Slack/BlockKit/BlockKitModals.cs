using System.Text.Json.Nodes;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Renders a neutral <see cref="Form"/> as a Slack <see href="https://api.slack.com/reference/surfaces/views">modal view</see>
/// for views.open: one <see href="https://api.slack.com/reference/block-kit/blocks#input">input block</see> per field, with
/// block_id and action_id both the field id so <see cref="ViewSubmission.ReadValues"/> gives values back by field.
/// </summary>
public static class BlockKitModals
{
    public const string CloseLabel = "Cancel";
    public const string CheckboxValue = "true";

    public static JsonObject Render(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var blocks = form.Fields.Take(BlockKitLimits.ModalBlocks).Select(Input);
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = BlockKitText.Exact(form.Id, BlockKitLimits.CallbackId, "a callback_id"),
            ["private_metadata"] = BlockKitText.Exact(form.Context, BlockKitLimits.PrivateMetadata, "private_metadata"),
            ["title"] = BlockKitText.Plain(form.Title, BlockKitLimits.ViewTitle),
            ["submit"] = BlockKitText.Plain(form.SubmitLabel, BlockKitLimits.ViewSubmit),
            ["close"] = BlockKitText.Plain(CloseLabel, BlockKitLimits.ViewClose),
            ["blocks"] = new JsonArray([.. blocks]),
        };
    }

    private static JsonObject Input(FormField field)
    {
        var id = BlockKitText.Exact(field.Id, BlockKitLimits.BlockId, "a block_id");
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = id,
            ["label"] = BlockKitText.Plain(field.Label, BlockKitLimits.InputLabel),
            ["element"] = Element(field, id),
        };
        if (!field.Required) input["optional"] = true;
        if (!string.IsNullOrWhiteSpace(field.Hint)) input["hint"] = BlockKitText.Plain(field.Hint, BlockKitLimits.InputHint);
        return input;
    }

    private static JsonObject Element(FormField field, string actionId)
    {
        var element = new JsonObject { ["type"] = ElementType(field.Kind), ["action_id"] = actionId };
        var initial = string.IsNullOrEmpty(field.Initial) ? null : field.Initial;
        switch (field.Kind)
        {
            case FormFieldKind.Text or FormFieldKind.LongText:
                if (field.Kind == FormFieldKind.LongText) element["multiline"] = true;
                if (initial is not null) element["initial_value"] = SlackText.Truncate(initial, BlockKitLimits.InitialValue);
                break;
            case FormFieldKind.Select:
                var choices = (field.Choices ?? []).Take(BlockKitLimits.SelectOptions).ToList();
                element["options"] = new JsonArray([.. choices.Select(Option)]);
                if (choices.FirstOrDefault(c => c.Value == initial) is { } chosen) element["initial_option"] = Option(chosen);
                break;
            case FormFieldKind.User:
                if (initial is not null) element["initial_user"] = initial;
                break;
            case FormFieldKind.Checkbox:
                var box = Option(new FormChoice(CheckboxValue, field.Label));
                element["options"] = new JsonArray(box);
                if (string.Equals(initial, CheckboxValue, StringComparison.OrdinalIgnoreCase)) element["initial_options"] = new JsonArray(box.DeepClone());
                break;
        }
        return element;
    }

    private static string ElementType(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Text or FormFieldKind.LongText => "plain_text_input",
        FormFieldKind.Select => "static_select",
        FormFieldKind.User => "users_select",
        FormFieldKind.Checkbox => "checkboxes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No Slack element for this field kind."),
    };

    /// <summary>An <see href="https://api.slack.com/reference/block-kit/composition-objects#option">option object</see>.</summary>
    private static JsonObject Option(FormChoice choice) => new()
    {
        ["text"] = BlockKitText.Plain(choice.Label.Length > 0 ? choice.Label : choice.Value, BlockKitLimits.OptionText),
        ["value"] = BlockKitText.Exact(choice.Value, BlockKitLimits.OptionValue, "an option value"),
    };
}
