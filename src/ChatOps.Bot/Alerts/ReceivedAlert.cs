namespace ChatOps.Bot.Alerts;

/// <summary>
/// One alert of a notification, the same shape whatever sent it. Every text is capped (<see cref="AlertLimits"/>) and
/// is inert data: URLs are kept as text and never fetched, and nothing here is markup.
/// </summary>
public sealed record ReceivedAlert
{
    public required AlertSource Source { get; init; }

    public required AlertStatus Status { get; init; }

    /// <summary>
    /// What the source called this change: <c>firing</c>/<c>resolved</c> (Alertmanager, Grafana), the V3 event type
    /// such as <c>incident.acknowledged</c> (PagerDuty), <c>event_alert.triggered</c> or <c>issue.created</c> (Sentry).
    /// </summary>
    public required string EventType { get; init; }

    /// <summary>The person who acted, when the source names one (PagerDuty <c>event.agent</c>, a Sentry user actor).</summary>
    public string? ActorName { get; init; }

    /// <summary>The rule's name: label <c>alertname</c>, the PagerDuty incident title, the Sentry rule or issue title.</summary>
    public required string AlertName { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = AlertText.NoPairs;

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = AlertText.NoPairs;

    /// <summary>Identifies this alert across notifications (Alertmanager fingerprint, PagerDuty incident id, Sentry issue id).</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Identifies the notification group the alert came in (Alertmanager <c>groupKey</c>; one per incident or issue otherwise).</summary>
    public required string GroupKey { get; init; }

    /// <summary>When the problem started, as the source says; null when it did not say.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>When the problem ended; null while it goes on (Alertmanager's <c>0001-01-01T00:00:00Z</c> means unset).</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>One line: the summary annotation, the incident or issue title.</summary>
    public required string Title { get; init; }

    /// <summary>Longer text (the description annotation, Sentry's culprit); may hold line breaks.</summary>
    public string Description { get; init; } = "";

    /// <summary>Where to look: generator, incident or issue link. Text only: the bot never fetches it.</summary>
    public string Url { get; init; } = "";

    /// <summary>Further links by name (Grafana <c>dashboard</c>, <c>panel</c>, <c>silence</c>, <c>image</c>; PagerDuty <c>service</c>). Text only.</summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = AlertText.NoPairs;

    /// <summary>The values that made it fire, as Grafana sends them (<c>valueString</c>, else <c>values</c>); empty otherwise.</summary>
    public string Values { get; init; } = "";

    /// <summary>The severity as sent: label <c>severity</c>, PagerDuty urgency, Sentry level; empty when none.</summary>
    public string Severity { get; init; } = "";

    /// <summary>The source's own id for the thing alerted on: PagerDuty incident id, Sentry issue id; empty otherwise.</summary>
    public string ExternalId { get; init; } = "";
}
