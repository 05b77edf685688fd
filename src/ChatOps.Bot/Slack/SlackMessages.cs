using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Renders the engine's messages as Block Kit, then turns the Slack user ids the engine writes for people
/// (actors, commanders, "ask its commander, @U…") into mentions: the engine knows people only by id.
/// </summary>
public sealed partial class SlackMessages(SlackPeople people)
{
    /// <summary>
    /// A user id written bare or after an @ (not inside escaped or linked text: <c>&amp;lt;@U…</c>, <c>&lt;@U…&gt;</c>).
    /// Slack hands out ids of nine characters or more with a digit; a shorter one is a person only when the bot knows it.
    /// </summary>
    [GeneratedRegex(@"(?<![<@&;\w])@?(?<id>[UW][A-Z0-9]{2,})\b")]
    private static partial Regex UserIdInText();

    public (string Text, JsonArray? Blocks) Render(ChatMessage message)
    {
        var (text, blocks) = BlockKitMessage.Render(message, people.Mention);
        if (blocks is not null) LinkPeople(blocks);
        return (Link(text), blocks);
    }

    private string Link(string text) => UserIdInText().Replace(text, m => IsPerson(m.Groups["id"].Value) ? $"<@{m.Groups["id"].Value}>" : m.Value);

    private bool IsPerson(string id) => (id.Length >= 9 && id.Any(char.IsAsciiDigit)) || people.IsKnownUser(id);

    private void LinkPeople(JsonNode node)
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
