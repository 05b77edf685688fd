using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Reads the <c>view</c> of a <see href="https://api.slack.com/reference/interaction-payloads/views#view_submission">view_submission</see>
/// payload and builds the <see href="https://api.slack.com/surfaces/modals#displaying_errors">errors response</see>.
/// </summary>
public static class ViewSubmission
{
    /// <summary>
    /// The submitted values keyed by block_id, from <c>view.state.values[block_id][action_id]</c>, as text:
    /// an empty selection is "", a checkbox group is "true" when anything is ticked, multi-selects join with ",".
    /// Blocks whose element type is unknown are left out.
    /// </summary>
    public static Dictionary<string, string> ReadValues(JsonElement view)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (view.ValueKind != JsonValueKind.Object
            || !view.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.Object
            || !state.TryGetProperty("values", out var blocks) || blocks.ValueKind != JsonValueKind.Object)
        {
            return values;
        }
        foreach (var block in blocks.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object) continue;
            // Our modals put one element in each input block; a block with several keeps its first readable one.
            foreach (var action in block.Value.EnumerateObject())
            {
                if (Read(action.Value) is not { } value) continue;
                values[block.Name] = value;
                break;
            }
        }
        return values;
    }

    /// <summary>The modal's callback_id (our form id), or "" when absent.</summary>
    public static string CallbackId(JsonElement view) => StringProperty(view, "callback_id") ?? "";

    /// <summary>The modal's private_metadata (our form context), or "" when absent.</summary>
    public static string PrivateMetadata(JsonElement view) => StringProperty(view, "private_metadata") ?? "";

    /// <summary>The ack body that shows <paramref name="fieldErrors"/> (block_id → message) under the inputs and keeps the modal open.</summary>
    public static JsonObject ErrorsResponse(IReadOnlyDictionary<string, string> fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(fieldErrors);
        var errors = new JsonObject();
        foreach (var (blockId, message) in fieldErrors) errors[blockId] = message;
        return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
    }

    private static string? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        return StringProperty(element, "type") switch
        {
            "plain_text_input" or "email_text_input" or "url_text_input" or "number_input" => StringProperty(element, "value") ?? "",
            "static_select" or "external_select" or "radio_buttons" => SelectedValue(element, "selected_option") ?? "",
            "users_select" => StringProperty(element, "selected_user") ?? "",
            "conversations_select" => StringProperty(element, "selected_conversation") ?? "",
            "channels_select" => StringProperty(element, "selected_channel") ?? "",
            "checkboxes" => HasItems(element, "selected_options") ? "true" : "false",
            "datepicker" => StringProperty(element, "selected_date") ?? "",
            "timepicker" => StringProperty(element, "selected_time") ?? "",
            "multi_static_select" or "multi_external_select" => string.Join(',', Items(element, "selected_options").Select(o => SelectedValue(o))),
            "multi_users_select" => string.Join(',', Items(element, "selected_users").Where(u => u.ValueKind == JsonValueKind.String).Select(JsonText.Read)),
            _ => null,
        };
    }

    private static string? SelectedValue(JsonElement element, string property) =>
        element.TryGetProperty(property, out var option) ? SelectedValue(option) : null;

    private static string? SelectedValue(JsonElement option) => StringProperty(option, "value");

    private static bool HasItems(JsonElement element, string property) => Items(element, property).Any();

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static string? StringProperty(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? JsonText.Read(value)
            : null;
}
