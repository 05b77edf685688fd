namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>
/// One Events API v2 alert event. <see cref="DedupKey"/> ties trigger, acknowledge and resolve to one alert; the same
/// key and routing key again applies to the open alert, so a retried trigger never opens a second one.
/// </summary>
public sealed record PagerDutyEvent(string RoutingKey, PagerDutyAction Action, string DedupKey)
{
    /// <summary>Required to trigger; not sent with acknowledge and resolve.</summary>
    public PagerDutyPayload? Payload { get; init; }

    public IReadOnlyList<PagerDutyLink> Links { get; init; } = [];

    /// <summary>The name of the tool sending it (trigger only), e.g. "ChatOps".</summary>
    public string? Client { get; init; }

    /// <summary>Where the tool can be reached (trigger only), e.g. the incident channel's link.</summary>
    public string? ClientUrl { get; init; }

    public static PagerDutyEvent Trigger(string routingKey, string dedupKey, PagerDutyPayload payload) =>
        new(routingKey, PagerDutyAction.Trigger, dedupKey) { Payload = payload };

    public static PagerDutyEvent Acknowledge(string routingKey, string dedupKey) => new(routingKey, PagerDutyAction.Acknowledge, dedupKey);

    public static PagerDutyEvent Resolve(string routingKey, string dedupKey) => new(routingKey, PagerDutyAction.Resolve, dedupKey);
}
