using ChatOps.Bot.Outbound;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Hosting;

/// <summary>
/// The engine's chat platform when several run in one host (Slack and Teams): a call about a channel goes to the
/// platform that owns the channel id; a new channel, or a post to a channel named only by the runbook (the announce
/// channel), goes to the platform the current request came from (<see cref="ActingFor"/>), else the first one.
/// </summary>
public sealed class ChatPlatformRouter(IReadOnlyList<RoutedPlatform> platforms) : IChatPlatform, IRedeliveryCheck, IDeliveryPacing
{
    public Task<ChatChannel> CreateChannelAsync(string name, bool isPrivate, string topic, CancellationToken ct) =>
        Current.CreateChannelAsync(name, isPrivate, topic, ct);

    public Task InviteAsync(string channelId, IReadOnlyList<string> people, CancellationToken ct) => For(channelId).InviteAsync(channelId, people, ct);

    public Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct) => For(channelId).PostAsync(channelId, message, ct);

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct) =>
        For(channelId).UpdateAsync(channelId, messageId, message, ct);

    public Task PinAsync(string channelId, string messageId, CancellationToken ct) => For(channelId).PinAsync(channelId, messageId, ct);

    public Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct) => For(channelId).UploadAsync(channelId, file, ct);

    public Task<ChatChannel?> FindCreatedChannelAsync(string name, CancellationToken ct) =>
        Current is IRedeliveryCheck check ? check.FindCreatedChannelAsync(name, ct) : Task.FromResult<ChatChannel?>(null);

    public Task<string?> FindPostedMessageAsync(string channelId, ChatMessage message, CancellationToken ct) =>
        For(channelId) is IRedeliveryCheck check ? check.FindPostedMessageAsync(channelId, message, ct) : Task.FromResult<string?>(null);

    public TimeSpan BookDelivery(EffectKind kind, string channelId, string reference) =>
        For(channelId) is IDeliveryPacing pacing ? pacing.BookDelivery(kind, channelId, reference) : TimeSpan.Zero;

    private IChatPlatform Current =>
        platforms.FirstOrDefault(p => p.Name == ActingFor.Current?.Platform)?.Platform ?? platforms[0].Platform;

    private IChatPlatform For(string channelId) => platforms.FirstOrDefault(p => p.Owns(channelId))?.Platform ?? Current;
}

/// <summary>One platform of a <see cref="ChatPlatformRouter"/>, with how to tell its channel ids.</summary>
public sealed record RoutedPlatform(string Name, IChatPlatform Platform, Func<string, bool> Owns);
