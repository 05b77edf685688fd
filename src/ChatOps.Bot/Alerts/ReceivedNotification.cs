namespace ChatOps.Bot.Alerts;

/// <summary>
/// One webhook delivery: a group of alerts (Alertmanager and Grafana group them) or a single one (PagerDuty, Sentry).
/// <see cref="DeliveryId"/> is the same for every retry of the same delivery, so a retried webhook can be recognised.
/// </summary>
public sealed record ReceivedNotification
{
    public required AlertSource Source { get; init; }

    /// <summary>
    /// The dedup key of this delivery, prefixed with the source: PagerDuty's <c>X-Webhook-Id</c>; for Alertmanager and
    /// Grafana a digest of group key, status and each alert's fingerprint, status and start; for Sentry a digest of the body.
    /// </summary>
    public required string DeliveryId { get; init; }

    public required string GroupKey { get; init; }

    /// <summary>The group's status: firing while at least one alert fires.</summary>
    public required AlertStatus Status { get; init; }

    /// <summary>The Alertmanager or Grafana receiver (contact point) it was sent to; empty for the others.</summary>
    public string Receiver { get; init; } = "";

    /// <summary>One line naming the group: Grafana's <c>title</c>, the common summary or alert name, the incident or issue title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Grafana's rendered <c>message</c>; empty for the others.</summary>
    public string Message { get; init; } = "";

    /// <summary>The sender's own address (Alertmanager/Grafana <c>externalURL</c>). Text only.</summary>
    public string ExternalUrl { get; init; } = "";

    public IReadOnlyDictionary<string, string> GroupLabels { get; init; } = AlertText.NoPairs;

    public IReadOnlyDictionary<string, string> CommonLabels { get; init; } = AlertText.NoPairs;

    public IReadOnlyDictionary<string, string> CommonAnnotations { get; init; } = AlertText.NoPairs;

    public required IReadOnlyList<ReceivedAlert> Alerts { get; init; }

    /// <summary>Alerts left out: those the sender said it truncated (<c>truncatedAlerts</c>) plus those over <see cref="AlertLimits.MaxAlerts"/>.</summary>
    public int TruncatedAlerts { get; init; }

    /// <summary>When the earliest alert of the group started; null when none said.</summary>
    public DateTimeOffset? StartedAt => Alerts.Select(a => a.StartsAt).Where(s => s is not null).Min();
}
