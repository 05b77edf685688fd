using ChatOps.Core.Messaging;

namespace ChatOps.Core.Ports;

/// <summary>What the engine asks of a chat platform. People are runbook handles; the adapter resolves them.</summary>
public interface IChatPlatform
{
    /// <summary>Creates a channel and returns its platform id and final name (a suffix may be added when taken).</summary>
    Task<ChatChannel> CreateChannelAsync(ChannelRequest request, CancellationToken ct);

    Task InviteAsync(string channelId, IReadOnlyList<string> people, CancellationToken ct);

    /// <summary>Posts into a channel (id, or for announcements the runbook's channel name) and returns the message id.</summary>
    Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct);

    Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct);

    Task PinAsync(string channelId, string messageId, CancellationToken ct);

    Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct);
}

/// <summary>A channel as the platform created it.</summary>
public sealed record ChatChannel(string Id, string Name);

/// <summary>A channel to create: its name, whether it is private, its topic, and who owns it (the declarer, a runbook handle).</summary>
public sealed record ChannelRequest(string Name, bool IsPrivate, string Topic, string Owner);
