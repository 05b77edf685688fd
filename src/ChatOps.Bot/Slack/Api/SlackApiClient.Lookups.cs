using System.Text.Json;

namespace ChatOps.Bot.Slack.Api;

/// <summary>Lookups that let a repeated delivery find what an earlier attempt already did.</summary>
public sealed partial class SlackApiClient
{
    private const int MaxListPages = 50;

    /// <summary>
    /// The unarchived public or private channel named <paramref name="name"/> that the bot can see, via
    /// conversations.list (https://docs.slack.dev/reference/methods/conversations.list), page by page; null when none.
    /// </summary>
    public async Task<SlackChannel?> FindConversationByNameAsync(string name, CancellationToken ct)
    {
        var cursor = "";
        for (var page = 0; page < MaxListPages; page++)
        {
            var result = await CallAsync(SlackMethods.ConversationsList,
            [
                new("types", "public_channel,private_channel"),
                new("exclude_archived", "true"),
                new("limit", "1000"),
                new("cursor", cursor),
            ], ct).ConfigureAwait(false);
            if (result.TryGetProperty("channels", out var channels) && channels.ValueKind == JsonValueKind.Array)
                foreach (var channel in channels.EnumerateArray())
                    if (channel.TryGetProperty("name", out var n) && n.GetString() == name && channel.TryGetProperty("id", out var id))
                        return new SlackChannel(id.GetString()!, name);
            cursor = result.TryGetProperty("response_metadata", out var meta) && meta.TryGetProperty("next_cursor", out var next) ? next.GetString() ?? "" : "";
            if (cursor.Length == 0) return null;
        }
        return null;
    }

    /// <summary>The newest messages of a channel (conversations.history), newest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> RecentMessagesAsync(string channel, int limit, CancellationToken ct)
    {
        var result = await CallAsync(SlackMethods.ConversationsHistory, [new("channel", channel), new("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture))], ct).ConfigureAwait(false);
        return result.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array ? messages.EnumerateArray().ToList() : [];
    }
}
