using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.Api;

public sealed partial class SlackApiClient
{
    /// <summary>
    /// chat.postMessage (https://docs.slack.dev/reference/methods/chat.postMessage), paced per channel; returns the message ts.
    /// <paramref name="text"/> is the notification fallback when blocks are given. <paramref name="slotBooked"/>: the
    /// caller already waited for the slot it booked with <see cref="BookPost"/>, so the post goes now.
    /// </summary>
    public async Task<string> PostMessageAsync(string channel, string text, JsonArray? blocks, CancellationToken ct, bool slotBooked = false)
    {
        var wait = slotBooked ? TimeSpan.Zero : _pacer.Reserve(channel);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }

        var result = await CallAsync(SlackMethods.ChatPostMessage, WithBlocks([new("channel", channel), new("text", text)], blocks), ct)
            .ConfigureAwait(false);
        return RequiredString(SlackMethods.ChatPostMessage, result, "ts");
    }

    /// <summary>Books a chat.postMessage slot in <paramref name="channel"/> for <paramref name="ticket"/> (see <see cref="PostPacer.Book"/>).</summary>
    public TimeSpan BookPost(string channel, string ticket) => _pacer.Book(channel, ticket);

    /// <summary>chat.update (https://docs.slack.dev/reference/methods/chat.update).</summary>
    public Task UpdateMessageAsync(string channel, string ts, string text, JsonArray? blocks, CancellationToken ct) =>
        CallAsync(SlackMethods.ChatUpdate, WithBlocks([new("channel", channel), new("ts", ts), new("text", text)], blocks), ct);

    /// <summary>chat.postEphemeral (https://docs.slack.dev/reference/methods/chat.postEphemeral): a message only <paramref name="user"/> sees.</summary>
    public Task PostEphemeralAsync(string channel, string user, string text, JsonArray? blocks, CancellationToken ct) =>
        CallAsync(SlackMethods.ChatPostEphemeral, WithBlocks([new("channel", channel), new("user", user), new("text", text)], blocks), ct);

    /// <summary>pins.add (https://docs.slack.dev/reference/methods/pins.add); a pinned message stays pinned.</summary>
    public Task AddPinAsync(string channel, string ts, CancellationToken ct) =>
        CallToleratingAsync(SlackMethods.PinsAdd, [new("channel", channel), new("timestamp", ts)], ct, "already_pinned");

    private static List<KeyValuePair<string, string>> WithBlocks(List<KeyValuePair<string, string>> args, JsonArray? blocks)
    {
        if (blocks is not null)
        {
            args.Add(new("blocks", blocks.ToJsonString()));
        }

        return args;
    }
}
