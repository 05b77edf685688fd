namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// The secrets alert webhooks are verified with, named as the settings are: <c>Alerts__Token</c>,
/// <c>Alerts__Grafana__Secret</c>, <c>Alerts__PagerDuty__Secret</c>, <c>Alerts__Sentry__Secret</c>. Empty means not configured.
/// </summary>
public sealed record AlertSecrets
{
    /// <summary>The bearer token Alertmanager (and optionally Grafana) sends.</summary>
    public string Token { get; init; } = "";

    public string GrafanaSecret { get; init; } = "";

    public GrafanaSignatureOptions Grafana { get; init; } = new();

    /// <summary>The V3 subscription's signing secret; a second one while rotating.</summary>
    public IReadOnlyList<string> PagerDutySecrets { get; init; } = [];

    /// <summary>The Sentry integration's client secret.</summary>
    public string SentrySecret { get; init; } = "";
}
