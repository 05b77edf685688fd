using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.AdaptiveCards;

/// <summary>
/// What the bot's card actions carry back in their <c>data</c>: under <c>chatops</c>, the button's action id and value,
/// or the form's id and context. Kept apart from the inputs' values, which Teams merges into the same object.
/// <c>msteams.type = task/fetch</c> makes an <c>Action.Submit</c> open a dialog.
/// </summary>
public sealed record ActionData(string Action = "", string Value = "", string Form = "", string Context = "")
{
    public const string Key = "chatops";
    public const string TeamsKey = "msteams";

    public JsonObject ToJson(bool opensDialog = false)
    {
        var inner = new JsonObject();
        if (Action.Length > 0) inner["action"] = Action;
        if (Value.Length > 0) inner["value"] = Value;
        if (Form.Length > 0) inner["form"] = Form;
        if (Context.Length > 0) inner["context"] = Context;
        var data = new JsonObject { [Key] = inner };
        if (opensDialog) data[TeamsKey] = new JsonObject { ["type"] = "task/fetch" };
        return data;
    }

    /// <summary>The bot's data in an action's or a submission's <c>data</c> object, or null when it has none.</summary>
    public static ActionData? Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(Key, out var inner) || inner.ValueKind != JsonValueKind.Object) return null;
        return new ActionData(inner.Str("action"), inner.Str("value"), inner.Str("form"), inner.Str("context"));
    }

    /// <summary>The inputs' values in a submission: every top-level string except the bot's and Teams' own keys.</summary>
    public static Dictionary<string, string> Inputs(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data.ValueKind != JsonValueKind.Object) return values;
        foreach (var property in data.EnumerateObject())
            if (property.Name is not (Key or TeamsKey) && property.Value.ValueKind == JsonValueKind.String)
                values[property.Name] = JsonText.Read(property.Value);
        return values;
    }
}
