using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// The chat platforms the outbox delivers through (Slack, Teams, or both in one host). An effect about a channel goes
/// to the platform that owns the channel id; a new channel, or a post to a channel named only by the runbook (the
/// announce channel), goes to the platform the effect's unit of work came from; failing both, to the first.
/// </summary>
public sealed class DeliveryPlatforms(IEnumerable<RoutedPlatform> platforms)
{
    private readonly IReadOnlyList<RoutedPlatform> _platforms = platforms.ToList();

    public IChatPlatform For(string? platform, string? channelId) => Route(platform, channelId).Platform;

    /// <summary>The platform with its name (for the delivery metrics).</summary>
    public RoutedPlatform Route(string? platform, string? channelId)
    {
        if (_platforms.Count == 0) throw new InvalidOperationException("No chat platform is registered to deliver the outbox through.");
        if (_platforms.Count == 1) return _platforms[0];
        return (channelId is { Length: > 0 } id ? _platforms.FirstOrDefault(p => p.Owns(id)) : null)
            ?? _platforms.FirstOrDefault(p => p.Name == platform)
            ?? _platforms[0];
    }
}
