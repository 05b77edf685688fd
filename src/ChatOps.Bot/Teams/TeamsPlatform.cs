using System.Collections.Concurrent;
using System.Net;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Teams.Graph;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams;

/// <summary>
/// The engine's chat platform on Teams: incident channels in the configured team through Microsoft Graph (private ones
/// owned by the declarer, with members), posts and card updates through the Bot Connector, each in the slot the outbox booked for it. A new channel's first post
/// starts its conversation with <c>POST /v3/conversations</c>; later posts go to the channel's conversation.
/// </summary>
public sealed class TeamsPlatform(
    BotConnectorClient connector, GraphClient graph, TeamsPeople people, TeamsMessages messages, TeamsServiceUrl serviceUrl,
    IOptions<TeamsOptions> options, Runbook runbook, ILogger<TeamsPlatform> logger) : IChatPlatform, IRedeliveryCheck, Outbound.IDeliveryPacing
{
    public const string Name = "teams";

    private readonly ConcurrentDictionary<string, bool> _private = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _unposted = new(StringComparer.Ordinal);

    /// <summary>Whether a channel id is one Teams hands out (<c>19:...@thread...</c>, a personal chat <c>a:...</c>), so a host with Slack too can tell them apart.</summary>
    public static bool Owns(string channelId) =>
        channelId.StartsWith("19:", StringComparison.Ordinal) || channelId.StartsWith("a:", StringComparison.Ordinal) || channelId.Contains("@thread.", StringComparison.Ordinal);

    /// <summary>A private channel is owned by the person who asked for it (Graph requires an owner).</summary>
    public async Task<ChatChannel> CreateChannelAsync(ChannelRequest request, CancellationToken ct)
    {
        var owner = request.IsPrivate && request.Owner.Length > 0 ? (await people.ResolveAsync(request.Owner, ct))?.Id : null;
        var channel = await graph.CreateChannelAsync(request.Name, request.Topic, request.IsPrivate, owner, ct);
        _private[channel.Id] = channel.IsPrivate;
        _unposted[channel.Id] = true;
        return new ChatChannel(channel.Id, channel.DisplayName);
    }

    /// <summary>Incident channel names carry the incident's number, so a channel with exactly this name is the one an earlier attempt made.</summary>
    public async Task<ChatChannel?> FindCreatedChannelAsync(string name, CancellationToken ct) =>
        await graph.FindChannelAsync(ChannelDisplayName.From(name), ct) is { } found ? new ChatChannel(found.Id, found.DisplayName) : null;

    /// <summary>Reading channel posts needs Graph permissions the bot does not ask for, so an interrupted post is posted again.</summary>
    public Task<string?> FindPostedMessageAsync(string channelId, ChatMessage message, CancellationToken ct) => Task.FromResult<string?>(null);

    /// <summary>Adds the people to a private channel; a standard channel is open to everyone in the team already.</summary>
    public async Task InviteAsync(string channelId, IReadOnlyList<string> handles, CancellationToken ct)
    {
        var users = await people.ResolveAllAsync(handles, ct);
        if (users.Count == 0 || !await IsPrivateAsync(channelId, ct)) return;
        foreach (var user in users)
        {
            try
            {
                await graph.AddMemberAsync(channelId, user.Id, ct);
            }
            catch (TeamsApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict || ex.Message.Contains("already", StringComparison.OrdinalIgnoreCase))
            {
                logger.LogDebug("{User} is already a member of {Channel}", user.Id, channelId);
            }
        }
    }

    public async Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        if (Target(channelId) is not { } target) return "";
        var activity = await messages.RenderAsync(message, ct);
        var url = await serviceUrl.GetAsync(ct);
        return _unposted.TryRemove(target, out _)
            ? await connector.StartInChannelAsync(url, target, activity, ct, slotBooked: true)
            : await connector.SendAsync(url, target, activity, ct, slotBooked: true);
    }

    /// <summary>Every message the connector sends to a conversation (post, update, file card) shares its pace.</summary>
    public TimeSpan BookDelivery(Outbound.EffectKind kind, string channelId, string reference) =>
        kind is Outbound.EffectKind.Post or Outbound.EffectKind.Update or Outbound.EffectKind.Upload && Target(channelId) is { } target
            ? connector.BookPost(target, reference) : TimeSpan.Zero;

    public async Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct)
    {
        if (messageId.Length == 0 || Target(channelId) is not { } target) return;
        await connector.UpdateAsync(await serviceUrl.GetAsync(ct), target, messageId, await messages.RenderAsync(message, ct), ct, slotBooked: true);
    }

    /// <summary>Teams gives bots no way to pin a channel post; the incident card is the channel's first post instead.</summary>
    public Task PinAsync(string channelId, string messageId, CancellationToken ct)
    {
        logger.LogDebug("Not pinning {Message} in {Channel}: Teams has no pin API for bots", messageId, channelId);
        return Task.CompletedTask;
    }

    public async Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct)
    {
        if (Target(channelId) is not { } target) return;
        await connector.SendAsync(await serviceUrl.GetAsync(ct), target, await messages.RenderFileAsync(file, ct), ct, slotBooked: true);
    }

    /// <summary>The runbook's announce channel is <c>Teams__AnnounceChannelId</c>; without it, announcements are skipped.</summary>
    private string? Target(string channelId)
    {
        if (channelId != runbook.Channels.Announce || Owns(channelId)) return channelId;
        if (options.Value.AnnounceChannelId.Length > 0) return options.Value.AnnounceChannelId;
        logger.LogWarning("Not announcing in '{Channel}': set Teams__AnnounceChannelId to the channel id to announce in", channelId);
        return null;
    }

    private async Task<bool> IsPrivateAsync(string channelId, CancellationToken ct)
    {
        if (_private.TryGetValue(channelId, out var known)) return known;
        try
        {
            return _private[channelId] = (await graph.GetChannelAsync(channelId, ct)).IsPrivate;
        }
        catch (TeamsApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            logger.LogWarning("Channel {Channel} is not a channel of the team; not inviting anyone", channelId);
            return _private[channelId] = false;
        }
    }
}
