namespace ChatOps.Core.Alerts;

/// <summary>The monitoring tools alerts come from, by the lower-case names alerts carry, and how people write them.</summary>
public static class AlertSourceNames
{
    public const string Alertmanager = "alertmanager";
    public const string Grafana = "grafana";
    public const string PagerDuty = "pagerduty";
    public const string Sentry = "sentry";

    /// <summary>"PagerDuty" for <c>pagerduty</c>; an unknown source as it came.</summary>
    public static string Display(string source) => source switch
    {
        Alertmanager => "Alertmanager",
        Grafana => "Grafana",
        PagerDuty => "PagerDuty",
        Sentry => "Sentry",
        _ => source,
    };
}
