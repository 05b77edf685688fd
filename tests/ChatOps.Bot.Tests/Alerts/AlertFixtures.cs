using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Alerts;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>The published alert webhook payloads in shared/reference/alerts, byte for byte, and headers to send them with.</summary>
public static class AlertFixtures
{
    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(SharedReference.PathTo(["alerts", .. parts]));

    public static JsonObject Json(params string[] parts) => JsonNode.Parse(Bytes(parts))!.AsObject();

    /// <summary>A published payload with one thing changed by <paramref name="change"/>, re-serialised.</summary>
    public static byte[] Changed(string[] parts, Action<JsonObject> change)
    {
        var json = Json(parts);
        change(json);
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    public static WebhookHeaders Headers(params (string Name, string Value)[] headers) =>
        WebhookHeaders.From(headers.Select(h => KeyValuePair.Create(h.Name, h.Value)));

    public static readonly string[] AlertmanagerFiring = ["alertmanager", "firing-grouped.zulip-fixture.json"];
    public static readonly string[] AlertmanagerResolved = ["alertmanager", "resolved-single.zulip-fixture.json"];
    public static readonly string[] GrafanaDocs = ["grafana", "firing.grafana-docs.json"];
    public static readonly string[] GrafanaMixed = ["grafana", "mixed-firing-resolved.grafana9.zulip-fixture.json"];
    public static readonly string[] GrafanaResolved = ["grafana", "resolved.grafana9.zulip-fixture.json"];
    public static readonly string[] Grafana11 = ["grafana", "firing-values.grafana11.zulip-fixture.json"];
    public static readonly string[] PagerDutyTriggered = ["pagerduty-v3", "examples", "triggered.zulip-fixture.json"];
    public static readonly string[] PagerDutyAcknowledged = ["pagerduty-v3", "examples", "acknowledged.zulip-fixture.json"];
    public static readonly string[] PagerDutyResolved = ["pagerduty-v3", "examples", "resolved.zulip-fixture.json"];
    public static readonly string[] PagerDutyPriorityUpdated = ["pagerduty-v3", "examples", "incident.priority_updated.docs.json"];
    public static readonly string[] PagerDutyServiceUpdated = ["pagerduty-v3", "examples", "service.updated.docs.json"];
    public static readonly string[] PagerDutySignedBody = ["pagerduty-v3", "signature-vector.body.json"];
    public static readonly string[] SentryEventAlert = ["sentry", "event_alert.triggered.docs.json"];
    public static readonly string[] SentryIssueCreated = ["sentry", "issue.created.docs.json"];
    public static readonly string[] SentryPlugin = ["sentry", "legacy-webhooks-plugin.issue-alert.zulip-fixture.json"];
}
