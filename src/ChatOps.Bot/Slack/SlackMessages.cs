using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Renders the engine's messages as Block Kit, then turns the Slack user ids the engine writes for people
/// (actors, commanders) into mentions: the engine knows people only by id.
/// </summary>
public sealed partial class SlackMessages(SlackPeople people)
{
    [GeneratedRegex(@"(?<![<@&\w])([UW][A-Z0-9]{8,})\b")]
    private static partial Regex BareUserId();

    public (string Text, JsonArray? Blocks) Render(ChatMessage message)
    {
        var (text, blocks) = BlockKitMessage.Render(message, people.Mention);
        if (blocks is not null) LinkPeople(blocks);
        return (Link(text), blocks);
    }

    private static string Link(string text) => BareUserId().Replace(text, "<@$1>");

    private static void LinkPeople(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == "mrkdwn" && obj["text"] is JsonValue value && value.TryGetValue<string>(out var text))
                    obj["text"] = Link(text);
                foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().ToList()) LinkPeople(child);
                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>().ToList()) LinkPeople(child);
                break;
        }
    }
}
