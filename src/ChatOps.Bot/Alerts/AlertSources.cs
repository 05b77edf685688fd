namespace ChatOps.Bot.Alerts;

/// <summary>The lower-case names alert sources go by in URLs, runbooks and delivery ids.</summary>
public static class AlertSources
{
    public static string Name(this AlertSource source) => source switch
    {
        AlertSource.Alertmanager => "alertmanager",
        AlertSource.Grafana => "grafana",
        AlertSource.PagerDuty => "pagerduty",
        AlertSource.Sentry => "sentry",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown alert source."),
    };
}
