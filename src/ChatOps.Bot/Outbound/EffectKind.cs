namespace ChatOps.Bot.Outbound;

/// <summary>
/// The chat platform calls the engine makes (see <see cref="Core.Ports.IChatPlatform"/>), and the pages it sends (see
/// <see cref="Core.Ports.IPager"/>). Stored by number: new kinds go at the end.
/// </summary>
public enum EffectKind
{
    CreateChannel,
    Invite,
    Post,
    Update,
    Pin,
    Upload,

    /// <summary>A PagerDuty or Opsgenie page (<see cref="EffectArgs.Page"/>), delivered by <see cref="PageDelivery"/>.</summary>
    Page,

    /// <summary>An email to one address (<see cref="EffectArgs.Mail"/>), delivered by <see cref="EmailDelivery"/>.</summary>
    Email,

    /// <summary>A push to Atlassian Statuspage (<see cref="EffectArgs.StatusPage"/>), delivered by <see cref="StatuspageDelivery"/>.</summary>
    StatusPage,
}
