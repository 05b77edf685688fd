using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>The engine's chat platform on Slack's Web API.</summary>
public sealed class SlackPlatform(SlackApiClient api, SlackPeople people, SlackMessages messages, IOptions<SlackOptions> options, Runbook runbook) : IChatPlatform
{
    public const string Name = "slack";

    public async Task<ChatChannel> CreateChannelAsync(string name, bool isPrivate, string topic, CancellationToken ct)
    {
        var channel = await api.CreateConversationAsync(name, isPrivate, ct);
        await api.SetTopicAsync(channel.Id, topic, ct);
        return new ChatChannel(channel.Id, channel.Name);
    }

    public async Task InviteAsync(string channelId, IReadOnlyList<string> handles, CancellationToken ct)
    {
        var ids = await people.ResolveAllAsync(handles, ct);
        if (ids.Count > 0) await api.InviteAsync(channelId, ids, ct);
    }

    public async Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        await people.ResolveAllAsync(message.MentionList, ct);
        var (text, blocks) = messages.Render(message);
        return await api.PostMessageAsync(Target(channelId), text, blocks, ct);
    }

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
