namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// Grafana alerting's webhook contact point: Alertmanager's grouped shape plus <c>orgId</c>, <c>title</c>,
/// <c>state</c>, <c>message</c> and per alert <c>values</c>/<c>valueString</c>, <c>dashboardURL</c>, <c>panelURL</c>,
/// <c>silenceURL</c>, <c>imageURL</c> (https://grafana.com/docs/grafana/latest/alerting/configure-notifications/manage-contact-points/integrations/webhook-notifier/).
/// </summary>
public sealed class GrafanaParser(AlertLimits? limits = null) : IAlertParser
{
    private readonly AlertLimits _limits = limits ?? AlertLimits.Default;

    public AlertSource Source => AlertSource.Grafana;

    public AlertParseResult Parse(WebhookHeaders headers, ReadOnlyMemory<byte> body) =>
        AlertBody.Read(Source, body, _limits, new GroupedNotificationReader(Source, _limits).Read);
}
