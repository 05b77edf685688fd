using System.Text.Json;

namespace ChatOps.Bot.Slack.Api;

public sealed partial class SlackApiClient
{
    private const int MaxNameAttempts = 20;
    private const int MaxUsersPerInvite = 1000;
    private const int MaxTopicLength = 250;

    /// <summary>
    /// conversations.create (https://docs.slack.dev/reference/methods/conversations.create). When the name is taken,
    /// tries <c>name-2</c>, <c>name-3</c> ... up to <c>name-20</c>.
    /// </summary>
    public async Task<SlackChannel> CreateConversationAsync(string name, bool isPrivate, CancellationToken ct)
    {
        var baseName = ChannelNames.Normalize(name);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? baseName : ChannelNames.WithSuffix(baseName, attempt);
            try
            {
                var result = await CallAsync(SlackMethods.ConversationsCreate,
                [
                    new("name", candidate),
                    new("is_private", isPrivate ? "true" : "false"),
                ], ct).ConfigureAwait(false);
                var channel = result.GetProperty("channel");
                return new SlackChannel(
                    RequiredString(SlackMethods.ConversationsCreate, channel, "id"),
                    channel.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : candidate);
            }
            catch (SlackApiException e) when (e.Error == "name_taken" && attempt < MaxNameAttempts)
            {
                logger.LogInformation("Slack channel name {Name} is taken; trying the next suffix", candidate);
            }
        }
    }

    /// <summary>
    /// conversations.invite (https://docs.slack.dev/reference/methods/conversations.invite), in batches of 1000 users.
    /// Users already in the channel, and the bot itself, count as invited.
    /// </summary>
    public async Task InviteAsync(string channel, IReadOnlyList<string> userIds, CancellationToken ct)
    {
        foreach (var batch in userIds.Distinct(StringComparer.Ordinal).Chunk(MaxUsersPerInvite))
        {
            await CallToleratingAsync(SlackMethods.ConversationsInvite,
                [new("channel", channel), new("users", string.Join(',', batch))], ct,
                "already_in_channel", "cant_invite_self").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// conversations.setTopic (https://docs.slack.dev/reference/methods/conversations.setTopic). The topic is user text:
    /// escaped like a message (so a title cannot put <c>&lt;!channel&gt;</c> in it) and cut to 250 characters.
    /// </summary>
    public Task SetTopicAsync(string channel, string topic, CancellationToken ct) =>
        CallAsync(SlackMethods.ConversationsSetTopic,
            [new("channel", channel), new("topic", BlockKit.SlackText.EscapeAndTruncate(topic, MaxTopicLength))], ct);

    /// <summary>conversations.archive (https://docs.slack.dev/reference/methods/conversations.archive); an archived channel stays archived.</summary>
    public Task ArchiveAsync(string channel, CancellationToken ct) =>
        CallToleratingAsync(SlackMethods.ConversationsArchive, [new("channel", channel)], ct, "already_archived");

    /// <summary>
    /// The message with timestamp <paramref name="ts"/>, via conversations.history
    /// (https://docs.slack.dev/reference/methods/conversations.history); null when there is none.
    /// </summary>
    public async Task<JsonElement?> GetMessageAsync(string channel, string ts, CancellationToken ct)
    {
        var result = await CallAsync(SlackMethods.ConversationsHistory,
        [
            new("channel", channel),
            new("latest", ts),
            new("inclusive", "true"),
            new("limit", "1"),
        ], ct).ConfigureAwait(false);
        if (!result.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var message in messages.EnumerateArray())
        {
            if (message.TryGetProperty("ts", out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == ts)
            {
                return message;
            }
        }

        return null;
    }
}
