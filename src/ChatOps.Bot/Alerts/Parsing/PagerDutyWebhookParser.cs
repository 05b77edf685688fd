namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// PagerDuty V3 webhooks: one event per delivery, <c>event.event_type</c> such as <c>incident.acknowledged</c>,
/// <c>event.data</c> the incident, <c>event.agent</c> who acted (https://developer.pagerduty.com/docs/webhooks/v3-overview/).
/// Events whose data is not an incident (notes, responders, services...) are ignored, not refused: PagerDuty treats
/// any 4xx as permanent and disables a subscription after repeated failures.
/// </summary>
public sealed class PagerDutyWebhookParser(AlertLimits? limits = null) : IAlertParser
{
    /// <summary>Unique per webhook and repeated on each retry (docs/webhooks/02-Behavior.md, "At-Least-Once Delivery").</summary>
    public const string WebhookIdHeader = "X-Webhook-Id";

    private readonly AlertLimits _limits = limits ?? AlertLimits.Default;

    public AlertSource Source => AlertSource.PagerDuty;

    public AlertParseResult Parse(WebhookHeaders headers, ReadOnlyMemory<byte> body) =>
        AlertBody.Read(Source, body, _limits, root => Read(root, headers[WebhookIdHeader]));

    private AlertParseResult Read(JsonField root, string? webhookId)
    {
        var ev = root.Require("event");
        var eventType = ev.Require("event_type").Text();
        var data = ev.Require("data");
        var dataType = data.Text("type");
        if (!eventType.StartsWith("incident.", StringComparison.Ordinal) || dataType != "incident")
        {
            return AlertParseResult.Ignored($"PagerDuty event {AlertText.Line(eventType, 80)} ({AlertText.Line(dataType, 40)}) is not a change of an incident's state");
        }

        var id = data.Require("id").Text();
        var occurredAt = ev.Timestamp("occurred_at");
        var status = Status(eventType, data);
        var alert = new ReceivedAlert
        {
            Source = Source,
            Status = status,
            EventType = AlertText.Line(eventType, _limits.MaxKeyLength),
            ActorName = Actor(ev),
            AlertName = AlertText.Line(data.Text("title"), _limits.MaxTitleLength),
            Labels = Labels(data),
            Fingerprint = AlertText.Line(id, _limits.MaxKeyLength),
            GroupKey = AlertText.Line($"pagerduty:{id}", _limits.MaxValueLength),
            StartsAt = data.Timestamp("created_at") ?? (eventType == "incident.triggered" ? occurredAt : null),
            EndsAt = status == AlertStatus.Resolved ? occurredAt : null,
            Title = AlertText.Line(data.Text("title"), _limits.MaxTitleLength),
            Url = AlertText.Line(data.Text("html_url"), _limits.MaxUrlLength),
            Links = data.Get("service")?.Text("html_url") is { Length: > 0 } service
                ? new Dictionary<string, string> { ["service"] = AlertText.Line(service, _limits.MaxUrlLength) }
                : AlertText.NoPairs,
            Severity = AlertText.Line(data.Text("urgency"), _limits.MaxKeyLength),
            ExternalId = AlertText.Line(id, _limits.MaxKeyLength),
        };
        var deliveryId = webhookId is { Length: > 0 }
            ? DeliveryIds.Given(Source, webhookId)
            : DeliveryIds.Given(Source, "event:" + ev.Require("id").Text());
        return AlertParseResult.Parsed(new ReceivedNotification
        {
            Source = Source,
            DeliveryId = deliveryId,
            GroupKey = alert.GroupKey,
            Status = status,
            Title = alert.Title,
            Alerts = [alert],
        });
    }

    /// <summary>State changes by their event type; other incident events (escalated, priority_updated...) by the incident's status.</summary>
    private static AlertStatus Status(string eventType, JsonField data) => eventType switch
    {
        "incident.triggered" or "incident.reopened" or "incident.unacknowledged" => AlertStatus.Firing,
        "incident.acknowledged" => AlertStatus.Acknowledged,
        "incident.resolved" => AlertStatus.Resolved,
        _ => IncidentStatus(data.Require("status")),
    };

    private static AlertStatus IncidentStatus(JsonField field) => field.Text() switch
    {
        "triggered" => AlertStatus.Firing,
        "acknowledged" => AlertStatus.Acknowledged,
        "resolved" => AlertStatus.Resolved,
        var other => throw field.Bad($"{field.Path} must be \"triggered\", \"acknowledged\" or \"resolved\", not \"{AlertText.Line(other, 40)}\""),
    };

    /// <summary>The person who acted; an automated event has a null agent or one that is a service, not a user.</summary>
    private string? Actor(JsonField ev) =>
        ev.Get("agent") is { } agent && agent.Text("type") == "user_reference" && agent.Text("summary") is { Length: > 0 } name
            ? AlertText.Line(name, _limits.MaxTitleLength)
            : null;

    private Dictionary<string, string> Labels(JsonField data)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) labels[key] = AlertText.Line(value, _limits.MaxValueLength);
        }

        Add("service", data.Get("service")?.Text("summary"));
        Add("service_id", data.Get("service")?.Text("id"));
        Add("urgency", data.Text("urgency"));
        Add("priority", data.Get("priority")?.Text("summary"));
        Add("status", data.Text("status"));
        Add("number", data.TextOrNumber("number"));
        Add("incident_key", data.Text("incident_key"));
        Add("escalation_policy", data.Get("escalation_policy")?.Text("summary"));
        return labels;
    }
}
