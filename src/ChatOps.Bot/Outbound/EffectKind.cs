namespace ChatOps.Bot.Outbound;

/// <summary>The chat platform calls the engine makes (see <see cref="Core.Ports.IChatPlatform"/>).</summary>
public enum EffectKind
{
    CreateChannel,
    Invite,
    Post,
    Update,
    Pin,
    Upload,
}
