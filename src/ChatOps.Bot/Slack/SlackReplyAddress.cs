using ChatOps.Bot.Inbound;

namespace ChatOps.Bot.Slack;

/// <summary>Where Slack lets the bot answer a request: its response_url, and its trigger_id while a modal may still open.</summary>
public static class SlackReplyAddress
{
    public const string ResponseUrl = "response_url";

    public static Dictionary<string, string> Of(string? responseUrl, string? triggerId)
    {
        var reply = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(responseUrl)) reply[ResponseUrl] = responseUrl;
        if (!string.IsNullOrEmpty(triggerId)) reply[ReplyKeys.TriggerId] = triggerId;
        return reply;
    }
}
