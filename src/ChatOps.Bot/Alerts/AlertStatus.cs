namespace ChatOps.Bot.Alerts;

/// <summary>Where an alert stands after the change a webhook reports.</summary>
public enum AlertStatus
{
    /// <summary>The problem is happening (Alertmanager/Grafana firing, PagerDuty triggered or reopened, Sentry issue created or unresolved).</summary>
    Firing,

    /// <summary>Someone is on it (PagerDuty acknowledged); only PagerDuty reports this.</summary>
    Acknowledged,

    /// <summary>The problem is over (Alertmanager/Grafana resolved, PagerDuty resolved, Sentry issue resolved).</summary>
    Resolved,
}
