namespace ChatOps.Core.Alerts;

/// <summary>
/// One alert from monitoring, whatever sent it (Alertmanager, Grafana, PagerDuty, Sentry): what fired or resolved,
/// its labels and annotations, and the keys that tie repeats of it together. Text only: nothing in it is ever fetched.
/// </summary>
/// <param name="Source">Who sent it: <c>alertmanager</c>, <c>grafana</c>, <c>pagerduty</c>, <c>sentry</c>.</param>
/// <param name="Firing">True while firing (or triggered), false once resolved.</param>
/// <param name="Name">The alert's name (Alertmanager's <c>alertname</c>, a PagerDuty or Sentry title).</param>
/// <param name="Fingerprint">Stable for this one alert across notifications.</param>
/// <param name="GroupKey">Stable for the notification group it arrived in (empty when the source has none).</param>
/// <param name="StartsAt">When the problem began, as the source saw it.</param>
/// <param name="Url">A link to the source (dashboard, issue); shown, never fetched.</param>
public sealed record Alert(
    string Source,
    bool Firing,
    string Name,
    string Summary,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string Fingerprint,
    string GroupKey,
    DateTimeOffset? StartsAt,
    string? Url = null)
{
    /// <summary>Someone took it on at the source (PagerDuty's <c>incident.acknowledged</c>); it is still firing.</summary>
    public bool Acknowledged { get; init; }

    /// <summary>The person who acted at the source, when it names one (PagerDuty's agent).</summary>
    public string? ActorName { get; init; }

    public string? Label(string name) => Labels.TryGetValue(name, out var value) ? value : null;

    public string? Annotation(string name) => Annotations.TryGetValue(name, out var value) ? value : null;
}
