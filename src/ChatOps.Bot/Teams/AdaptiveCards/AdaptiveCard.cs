using System.Text.Json.Nodes;

namespace ChatOps.Bot.Teams.AdaptiveCards;

/// <summary>
/// Adaptive Card 1.5 building blocks (https://adaptivecards.io/explorer/), the version Teams supports for bots with
/// <c>Action.Execute</c>.
/// </summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>A top-level card with its body and the text shown by clients that cannot render it.</summary>
    public static JsonObject Card(string fallbackText, IEnumerable<JsonObject> body, IEnumerable<JsonObject>? actions = null)
    {
        var card = new JsonObject
        {
            ["$schema"] = Schema,
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = new JsonArray([.. body]),
        };
        if (actions?.ToList() is { Count: > 0 } list) card["actions"] = new JsonArray([.. list]);
        return card;
    }

    /// <summary>The card as a message attachment.</summary>
    public static JsonObject Attachment(JsonObject card) => new() { ["contentType"] = ContentType, ["content"] = card };

    /// <summary>A TextBlock that shows <paramref name="text"/> as typed (see <see cref="CardText"/>).</summary>
    public static JsonObject Text(string text, bool heading = false, bool subtle = false, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Escape(text), ["wrap"] = true };
        if (heading)
        {
            block["size"] = "Medium";
            block["weight"] = "Bolder";
        }
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }
        if (color is not null) block["color"] = color;
        return block;
    }

    /// <summary>A FactSet whose titles and values show as typed (see <see cref="CardText"/>).</summary>
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = CardText.Escape(f.Title), ["value"] = CardText.Escape(f.Value) })]),
    };

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };
}
