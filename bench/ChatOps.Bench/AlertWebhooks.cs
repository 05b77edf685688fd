using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Bench;

/// <summary>
/// Alert notifications as the monitoring tools send them, authenticated as the bot requires: Alertmanager's webhook
/// (payload version 4, <c>Authorization: Bearer</c>) and Grafana's webhook contact point (HMAC-SHA256 over
/// <c>timestamp:body</c> in <c>X-Grafana-Alerting-Signature</c>), alternately. Each carries one firing alert with a
/// fingerprint never sent before, in one of <see cref="Groups"/> alert groups (a service each), as a storm of alerts
/// arrives: the first of a group declares an incident (the default runbook declares critical alerts), the rest join it.
/// </summary>
public sealed class AlertWebhooks
{
    public const string Token = "bench-alerts-token-51c0e2";
    public const string GrafanaSecret = "bench-grafana-contact-point-secret";
    public const int Groups = 20;

    private long _next;

    public static IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Alerts:Token", Token),
        new("Alerts:Grafana:Secret", GrafanaSecret),
    ];

    public HttpRequestMessage Create()
    {
        var n = Interlocked.Increment(ref _next);
        var service = $"svc-{n % Groups:D2}";
        var grafana = n % 2 == 0;
        var labels = new JsonObject
        {
            ["alertname"] = "HighErrorRate",
            ["service"] = service,
            ["severity"] = "critical",
            ["instance"] = $"host-{n:D6}",
        };
        var annotations = new JsonObject
        {
            ["summary"] = $"Error rate above 5 % on {service}",
            ["description"] = $"5xx responses on host-{n:D6} are above 5 % for 5 minutes.",
        };
        var alert = new JsonObject
        {
            ["status"] = "firing",
            ["labels"] = labels,
            ["annotations"] = annotations,
            ["startsAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["endsAt"] = "0001-01-01T00:00:00Z",
            ["generatorURL"] = "http://prometheus:9090/graph?g0.expr=job%3Aerrors%3Arate5m+%3E+0.05&g0.tab=1",
            ["fingerprint"] = $"{Environment.ProcessId:x8}{n:x8}",
        };
        var body = new JsonObject
        {
            ["receiver"] = "chatops",
            ["status"] = "firing",
            ["alerts"] = new JsonArray(alert),
            ["groupLabels"] = new JsonObject { ["service"] = service },
            ["commonLabels"] = labels.DeepClone(),
            ["commonAnnotations"] = annotations.DeepClone(),
            ["externalURL"] = grafana ? "http://grafana:3000/" : "http://alertmanager:9093",
            ["groupKey"] = $"{{}}:{{service=\"{service}\"}}",
            ["truncatedAlerts"] = 0,
        };
        if (grafana)
        {
            alert["silenceURL"] = $"http://grafana:3000/alerting/silence/new?matchers=service%3D{service}";
            alert["dashboardURL"] = "";
            alert["panelURL"] = "";
            alert["values"] = new JsonObject { ["B"] = 7.5, ["C"] = 1 };
            body["orgId"] = 1;
            body["version"] = "1";
            body["title"] = $"[FIRING:1] HighErrorRate ({service})";
            body["state"] = "alerting";
            body["message"] = $"**Firing**\n\nLabels:\n - alertname = HighErrorRate\n - service = {service}\n";
        }
        else
        {
            body["version"] = "4";
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var request = new HttpRequestMessage(HttpMethod.Post, grafana ? "alerts/grafana" : "alerts/alertmanager") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (grafana)
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signed = Encoding.UTF8.GetBytes(timestamp + ":").Concat(bytes).ToArray();
            request.Headers.Add("X-Grafana-Alerting-Signature", Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(GrafanaSecret), signed)));
            request.Headers.Add("X-Grafana-Alerting-Signature-Timestamp", timestamp);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        return request;
    }
}
