using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>Builds Block Kit <see href="https://api.slack.com/reference/block-kit/composition-objects#text">text objects</see>.</summary>
internal static class BlockKitText
{
    /// <summary>A plain_text object: shown as typed, so only shortened, never escaped.</summary>
    public static JsonObject Plain(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = SlackText.Truncate(text, max),
        ["emoji"] = true,
    };

    /// <summary>A mrkdwn object from user text: escaped, then shortened.</summary>
    public static JsonObject Mrkdwn(string userText, int max) => MrkdwnRaw(SlackText.EscapeAndTruncate(userText, max));

    /// <summary>A mrkdwn object from text that is already escaped and within limits.</summary>
    public static JsonObject MrkdwnRaw(string safeText) => new()
    {
        ["type"] = "mrkdwn",
        ["text"] = safeText,
    };

    /// <summary>Machine values (ids, button values, metadata) must round-trip exactly, so a too-long one is a bug, not a thing to cut.</summary>
    public static string Exact(string value, int max, string what) =>
        value.Length <= max
            ? value
            : throw new ArgumentException($"Slack allows at most {max} characters in {what}; got {value.Length}: \"{SlackText.Truncate(value, 60)}\".");
}
