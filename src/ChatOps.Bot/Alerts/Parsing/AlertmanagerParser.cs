namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// Prometheus Alertmanager's webhook, payload version 4: one group of firing and resolved alerts per delivery
/// (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config).
/// </summary>
public sealed class AlertmanagerParser(AlertLimits? limits = null) : IAlertParser
{
    private readonly AlertLimits _limits = limits ?? AlertLimits.Default;

    public AlertSource Source => AlertSource.Alertmanager;

    public AlertParseResult Parse(WebhookHeaders headers, ReadOnlyMemory<byte> body) =>
        AlertBody.Read(Source, body, _limits, new GroupedNotificationReader(Source, _limits).Read);
}
