using System.Text.Json.Nodes;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Teams.AdaptiveCards;

/// <summary>
/// Renders a neutral <see cref="Form"/> as the Adaptive Card of a Teams dialog (task module): an input per field with
/// the field id as input id, the submit button carrying the form id and context, and, after a refused submission,
/// the values as typed with each field's error under it.
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/what-are-task-modules
/// </summary>
public static class AdaptiveDialogs
{
    public const string CheckboxOn = "true";
    public const string CheckboxOff = "false";

    public static JsonObject Render(Form form, IReadOnlyDictionary<string, string>? values = null, IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        var body = new List<JsonObject>();
        if (errors is { Count: > 0 }) body.Add(AdaptiveCard.Text("Please fix the fields marked below.", color: "Attention"));
        foreach (var field in form.Fields)
        {
            var value = values is not null && values.TryGetValue(field.Id, out var typed) ? typed : field.Initial;
            body.Add(Input(field, value));
            if (errors is not null && errors.TryGetValue(field.Id, out var error)) body.Add(AdaptiveCard.Text(error, color: "Attention"));
        }
        var submit = AdaptiveCardRenderer.Submit(form.SubmitLabel, new ActionData(Form: form.Id, Context: form.Context), opensDialog: false, "positive");
        return AdaptiveCard.Card(form.Title, body, [submit]);
    }

    /// <summary>The invoke response that shows (or shows again) the dialog: <c>task.type = continue</c> with the card.</summary>
    public static JsonObject Continue(Form form, JsonObject card) => new()
    {
        ["task"] = new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = form.Title,
                ["width"] = "medium",
                ["card"] = AdaptiveCard.Attachment(card),
            },
        },
    };

    /// <summary>The invoke response that closes the dialog with a message (<c>task.type = message</c>).</summary>
    public static JsonObject Message(string text) =>
        new() { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } };

    private static JsonObject Input(FormField field, string? value)
    {
        var input = new JsonObject { ["id"] = field.Id };
        switch (field.Kind)
        {
            case FormFieldKind.Checkbox:
                input["type"] = "Input.Toggle";
                input["title"] = field.Label;
                input["valueOn"] = CheckboxOn;
                input["valueOff"] = CheckboxOff;
                input["value"] = string.Equals(value, CheckboxOn, StringComparison.OrdinalIgnoreCase) ? CheckboxOn : CheckboxOff;
                return input;
            case FormFieldKind.Select:
                var choices = field.Choices ?? [];
                input["type"] = "Input.ChoiceSet";
                input["style"] = "compact";
                input["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Label.Length > 0 ? c.Label : c.Value, ["value"] = c.Value })]);
                if (choices.Any(c => c.Value == value)) input["value"] = value;
                break;
            default:
                input["type"] = "Input.Text";
                if (field.Kind == FormFieldKind.LongText) input["isMultiline"] = true;
                if (field.Kind == FormFieldKind.User) input["placeholder"] = "Name or email";
                if (!string.IsNullOrEmpty(value)) input["value"] = value;
                break;
        }
        input["label"] = field.Label;
        if (field.Required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = $"{field.Label} is required.";
        }
        if (!string.IsNullOrWhiteSpace(field.Hint) && field.Kind != FormFieldKind.User) input["placeholder"] = field.Hint;
        return input;
    }
}
