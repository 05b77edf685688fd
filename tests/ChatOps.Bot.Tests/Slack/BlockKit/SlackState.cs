using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

/// <summary>
/// Builds <c>view.state</c> the way Slack fills it for a submitted modal: <c>values[block_id][action_id]</c> with the
/// documented value shape of each element type (https://api.slack.com/reference/interaction-payloads/views).
/// </summary>
internal static class SlackState
{
    public static JsonObject For(JsonObject view, IReadOnlyDictionary<string, string?> answers)
    {
        var values = new JsonObject();
        foreach (var block in view["blocks"]!.AsArray().Select(b => b!.AsObject()).Where(b => (string?)b["type"] == "input"))
        {
            var element = block["element"]!.AsObject();
            var answer = answers[(string)block["block_id"]!];
            values[(string)block["block_id"]!] = new JsonObject { [(string)element["action_id"]!] = State(element, answer) };
        }
        return new JsonObject { ["values"] = values };
    }

    private static JsonObject State(JsonObject element, string? answer)
    {
        var type = (string)element["type"]!;
        var state = new JsonObject { ["type"] = type };
        switch (type)
        {
            case "plain_text_input":
                state["value"] = answer;
                break;
            case "static_select":
                state["selected_option"] = answer is null ? null : Option(element, answer);
                break;
            case "users_select":
                state["selected_user"] = answer;
                break;
            case "checkboxes":
                state["selected_options"] = answer is null ? new JsonArray() : new JsonArray(Option(element, answer));
                break;
            default:
                throw new InvalidOperationException($"No state shape for {type}");
        }
        return state;
    }

    private static JsonNode Option(JsonObject element, string value) =>
        element["options"]!.AsArray().Single(o => (string?)o!["value"] == value)!.DeepClone();
}
