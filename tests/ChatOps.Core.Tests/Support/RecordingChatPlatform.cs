using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Records everything the engine asks of a chat platform; channel ids are C1, C2..., message ids m1, m2...</summary>
public sealed class RecordingChatPlatform : IChatPlatform
{
    public sealed record CreatedChannel(string Id, string Name, bool IsPrivate, string Topic);

    public sealed record Invite(string ChannelId, IReadOnlyList<string> People);

    public sealed record Post(string ChannelId, string MessageId, ChatMessage Message);

    public sealed record Pin(string ChannelId, string MessageId);

    public sealed record Upload(string ChannelId, FileAttachment File);

    public List<CreatedChannel> Channels { get; } = [];
    public List<Invite> Invites { get; } = [];
    public List<Post> Posts { get; } = [];
    public List<Post> Updates { get; } = [];
    public List<Pin> Pins { get; } = [];
    public List<Upload> Uploads { get; } = [];

    private int _messages;

    public IReadOnlyList<Post> PostsIn(string channelId) => Posts.Where(p => p.ChannelId == channelId).ToList();

    public IReadOnlyList<string> InvitedTo(string channelId) =>
        Invites.Where(i => i.ChannelId == channelId).SelectMany(i => i.People).ToList();

    public Task<ChatChannel> CreateChannelAsync(ChannelRequest request, CancellationToken ct)
    {
        var channel = new CreatedChannel($"C{Channels.Count + 1}", request.Name, request.IsPrivate, request.Topic);
        Channels.Add(channel);
        return Task.FromResult(new ChatChannel(channel.Id, channel.Name));
    }

    public Task InviteAsync(string channelId, IReadOnlyList<string> people, CancellationToken ct)
    {
        Invites.Add(new Invite(channelId, people.ToList()));
        return Task.CompletedTask;
    }

    public Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        var id = $"m{++_messages}";
        Posts.Add(new Post(channelId, id, message));
        return Task.FromResult(id);
    }

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct)
    {
        Updates.Add(new Post(channelId, messageId, message));
        return Task.CompletedTask;
    }

    public Task PinAsync(string channelId, string messageId, CancellationToken ct)
    {
        Pins.Add(new Pin(channelId, messageId));
        return Task.CompletedTask;
    }

    public Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct)
    {
        Uploads.Add(new Upload(channelId, file));
        return Task.CompletedTask;
    }
}
