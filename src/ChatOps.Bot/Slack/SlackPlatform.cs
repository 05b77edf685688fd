using ChatOps.Bot.Outbound;
using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>The engine's chat platform on Slack's Web API.</summary>
public sealed class SlackPlatform(
    SlackApiClient api, SlackPeople people, SlackMessages messages, IOptions<SlackOptions> options, Runbook runbook, ILogger<SlackPlatform> logger)
    : IChatPlatform, IRedeliveryCheck, Outbound.IDeliveryPacing
{
    public const string Name = "slack";

    private const int RecentMessages = 20;

    /// <summary>Creating is the one call that matters; a topic Slack refuses is logged, so a retry never makes a second channel.</summary>
    public async Task<ChatChannel> CreateChannelAsync(ChannelRequest request, CancellationToken ct)
    {
        var channel = await api.CreateConversationAsync(request.Name, request.IsPrivate, ct);
        try
        {
            await api.SetTopicAsync(channel.Id, request.Topic, ct);
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Channel {Channel} was created but its topic was not set: {Error}", channel.Name, e.Message);
        }
        return new ChatChannel(channel.Id, channel.Name);
    }

    /// <summary>Incident channel names carry the incident's number, so a channel with exactly this name is the one an earlier attempt made.</summary>
    public async Task<ChatChannel?> FindCreatedChannelAsync(string name, CancellationToken ct) =>
        await api.FindConversationByNameAsync(ChannelNames.Normalize(name), ct) is { } found ? new ChatChannel(found.Id, found.Name) : null;

    public async Task<string?> FindPostedMessageAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        var (text, _) = messages.Render(message);
        var recent = await api.RecentMessagesAsync(Target(channelId), RecentMessages, ct);
        return recent
            .Where(m => m.TryGetProperty("text", out var t) && t.GetString() == text && m.TryGetProperty("ts", out _))
            .Select(m => m.GetProperty("ts").GetString())
            .FirstOrDefault();
    }

    public async Task InviteAsync(string channelId, IReadOnlyList<string> handles, CancellationToken ct)
    {
        var ids = await people.ResolveAllAsync(handles, ct);
        if (ids.Count > 0) await api.InviteAsync(channelId, ids, ct);
    }

    /// <summary>The outbox delivers posts only once their slot, booked through <see cref="BookDelivery"/>, has come.</summary>
    public async Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        await people.ResolveAllAsync(message.MentionList, ct);
        var (text, blocks) = messages.Render(message);
        return await api.PostMessageAsync(Target(channelId), text, blocks, ct, slotBooked: true);
    }

    /// <summary>Slack conversation ids: C (channel), G (private, legacy) or D (direct message) and upper-case letters and digits.</summary>
    public static bool Owns(string id) =>
        id.Length > 1 && id[0] is 'C' or 'G' or 'D' && id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>Only chat.postMessage is paced (Slack's one message per channel per second).</summary>
    public TimeSpan BookDelivery(Outbound.EffectKind kind, string channelId, string reference) =>
        kind == Outbound.EffectKind.Post ? api.BookPost(Target(channelId), reference) : TimeSpan.Zero;

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct)
    {
        var (text, blocks) = messages.Render(message);
        return api.UpdateMessageAsync(Target(channelId), messageId, text, blocks, ct);
    }

    public Task PinAsync(string channelId, string messageId, CancellationToken ct) => api.AddPinAsync(channelId, messageId, ct);

    public Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct) =>
        api.UploadTextFileAsync(channelId, file.FileName, file.Title, file.Content, null, ct);

    /// <summary>The runbook's announce channel is <c>Slack__AnnounceChannel</c> (an id) when set.</summary>
    private string Target(string channelId) =>
        channelId == runbook.Channels.Announce && options.Value.AnnounceChannel.Length > 0 ? options.Value.AnnounceChannel : channelId;
}
