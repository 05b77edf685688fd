namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>The parser for each alert source.</summary>
public static class AlertParsers
{
    public static IAlertParser For(AlertSource source, AlertLimits? limits = null) => source switch
    {
        AlertSource.Alertmanager => new AlertmanagerParser(limits),
        AlertSource.Grafana => new GrafanaParser(limits),
        AlertSource.PagerDuty => new PagerDutyWebhookParser(limits),
        AlertSource.Sentry => new SentryParser(limits),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown alert source."),
    };
}
