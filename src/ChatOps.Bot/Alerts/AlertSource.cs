namespace ChatOps.Bot.Alerts;

/// <summary>The monitoring tool that sent an alert webhook.</summary>
public enum AlertSource
{
    /// <summary>Prometheus Alertmanager, webhook payload version 4 (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config).</summary>
    Alertmanager,

    /// <summary>Grafana alerting's webhook contact point (https://grafana.com/docs/grafana/latest/alerting/configure-notifications/manage-contact-points/integrations/webhook-notifier/).</summary>
    Grafana,

    /// <summary>PagerDuty V3 webhooks (https://developer.pagerduty.com/docs/webhooks/v3-overview/).</summary>
    PagerDuty,

    /// <summary>Sentry issue alerts and issue webhooks (https://docs.sentry.io/organization/integrations/integration-platform/webhooks/).</summary>
    Sentry,
}
