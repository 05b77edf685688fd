using System.Text.Json;

namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// Reads the grouped shape Alertmanager's webhook (version 4) defines and Grafana's webhook extends: a group with
/// <c>groupKey</c>, <c>status</c>, common labels and annotations, and <c>alerts[]</c> each with status, labels,
/// annotations, <c>startsAt</c>, <c>endsAt</c>, <c>generatorURL</c> and <c>fingerprint</c>. Unknown members are ignored.
/// </summary>
internal sealed class GroupedNotificationReader(AlertSource source, AlertLimits limits)
{
    public AlertParseResult Read(JsonField root)
    {
        var groupKey = root.Require("groupKey").Text();
        var status = Status(root.Require("status"));
        var commonLabels = root.Pairs("commonLabels", limits);
        var commonAnnotations = root.Pairs("commonAnnotations", limits, multiline: true);
        var items = root.Require("alerts").Items().ToList();
        if (items.Count == 0) throw root.Bad("alerts is empty; a notification carries at least one alert");

        var alerts = items.Take(limits.MaxAlerts).Select(item => Alert(item, groupKey, commonLabels)).ToList();
        var title = source == AlertSource.Grafana ? root.Text("title") : "";
        var notification = new ReceivedNotification
        {
            Source = source,
            DeliveryId = DeliveryIds.OfGroup(source, groupKey, status, alerts),
            GroupKey = AlertText.Line(groupKey, limits.MaxValueLength),
            Status = status,
            Receiver = AlertText.Line(root.Text("receiver"), limits.MaxTitleLength),
            Title = AlertText.Line(
                AlertText.FirstOf(title, commonAnnotations.GetValueOrDefault("summary"), commonLabels.GetValueOrDefault("alertname"), alerts[0].Title),
                limits.MaxTitleLength),
            Message = source == AlertSource.Grafana ? AlertText.Block(root.Text("message"), limits.MaxTextLength) : "",
            ExternalUrl = AlertText.Line(root.Text("externalURL"), limits.MaxUrlLength),
            GroupLabels = root.Pairs("groupLabels", limits),
            CommonLabels = commonLabels,
            CommonAnnotations = commonAnnotations,
            Alerts = alerts,
            TruncatedAlerts = root.Int("truncatedAlerts") + Math.Max(0, items.Count - limits.MaxAlerts),
        };
        return AlertParseResult.Parsed(notification);
    }

    private ReceivedAlert Alert(JsonField item, string groupKey, IReadOnlyDictionary<string, string> commonLabels)
    {
        var statusField = item.Require("status");
        var labels = item.Pairs("labels", limits);
        var annotations = item.Pairs("annotations", limits, multiline: true);
        var alertName = AlertText.FirstOf(labels.GetValueOrDefault("alertname"), commonLabels.GetValueOrDefault("alertname"));
        return new ReceivedAlert
        {
            Source = source,
            Status = Status(statusField),
            EventType = statusField.Text(),
            AlertName = AlertText.Line(alertName, limits.MaxTitleLength),
            Labels = labels,
            Annotations = annotations,
            Fingerprint = AlertText.Line(AlertText.FirstOf(item.Text("fingerprint"), LabelDigest(labels)), limits.MaxKeyLength),
            GroupKey = AlertText.Line(groupKey, limits.MaxValueLength),
            StartsAt = item.Timestamp("startsAt"),
            EndsAt = item.Timestamp("endsAt"),
            Title = AlertText.Line(AlertText.FirstOf(annotations.GetValueOrDefault("summary"), annotations.GetValueOrDefault("title"), alertName), limits.MaxTitleLength),
            Description = AlertText.Block(AlertText.FirstOf(annotations.GetValueOrDefault("description"), annotations.GetValueOrDefault("message")), limits.MaxTextLength),
            Url = AlertText.Line(item.Text("generatorURL"), limits.MaxUrlLength),
            Links = source == AlertSource.Grafana ? GrafanaLinks(item) : AlertText.NoPairs,
            Values = source == AlertSource.Grafana ? GrafanaValues(item) : "",
            Severity = labels.GetValueOrDefault("severity") ?? "",
        };
    }

    private static AlertStatus Status(JsonField field) => field.Text() switch
    {
        "firing" => AlertStatus.Firing,
        "resolved" => AlertStatus.Resolved,
        var other => throw field.Bad($"{field.Path} must be \"firing\" or \"resolved\", not \"{AlertText.Line(other, 40)}\""),
    };

    private Dictionary<string, string> GrafanaLinks(JsonField item)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, member) in new[] { ("dashboard", "dashboardURL"), ("panel", "panelURL"), ("silence", "silenceURL"), ("image", "imageURL") })
        {
            if (item.Text(member) is { Length: > 0 } url) links[name] = AlertText.Line(url, limits.MaxUrlLength);
        }

        return links;
    }

    /// <summary>Grafana's <c>valueString</c> when sent, else its <c>values</c> map written as <c>A=1, B=0</c>.</summary>
    private string GrafanaValues(JsonField item)
    {
        if (item.Text("valueString") is { Length: > 0 } text) return AlertText.Line(text, limits.MaxValueLength);
        if (item.Get("values") is not { Kind: JsonValueKind.Object } values) return "";
        var pairs = values.Element.EnumerateObject().Take(limits.MaxPairs).Select(v => $"{v.Name}={JsonField.NumberText(v.Value)}");
        return AlertText.Line(string.Join(", ", pairs), limits.MaxValueLength);
    }

    /// <summary>Alertmanager before 0.20 sent no fingerprint: the labels identify the alert then.</summary>
    private static string LabelDigest(IReadOnlyDictionary<string, string> labels) =>
        "labels:" + DeliveryIds.Digest(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))))[..16];
}
