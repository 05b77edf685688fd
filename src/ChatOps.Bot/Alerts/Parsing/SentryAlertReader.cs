using System.Text.Json;

namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>Turns the three Sentry payloads the bot accepts into one alert each; the issue id is the fingerprint.</summary>
internal sealed class SentryAlertReader(AlertLimits limits)
{
    /// <summary><c>Sentry-Hook-Resource: event_alert</c>: an issue alert rule fired for <c>data.event</c>.</summary>
    public ReceivedAlert EventAlert(JsonField root)
    {
        var data = root.Require("data");
        var ev = data.Require("event");
        var issueId = ev.Require("issue_id").Text();
        var rule = AlertText.FirstOf(data.Text("triggered_rule"), data.Get("issue_alert")?.Text("title"));
        var labels = Tags(ev);
        Add(labels, "rule", rule);
        Add(labels, "project", ev.TextOrNumber("project"));
        return Alert(issueId, AlertStatus.Firing, "event_alert.triggered", Actor(root)) with
        {
            AlertName = AlertText.Line(AlertText.FirstOf(rule, ev.Text("title")), limits.MaxTitleLength),
            Labels = labels,
            StartsAt = ev.Timestamp("datetime") ?? ev.UnixSeconds("timestamp"),
            Title = AlertText.Line(AlertText.FirstOf(ev.Text("title"), ev.Text("message"), ev.Text("culprit")), limits.MaxTitleLength),
            Description = AlertText.Block(ev.Text("culprit"), limits.MaxTextLength),
            Url = AlertText.Line(ev.Text("web_url"), limits.MaxUrlLength),
            Severity = AlertText.Line(ev.Text("level"), limits.MaxKeyLength),
        };
    }

    /// <summary><c>Sentry-Hook-Resource: issue</c>: an issue was created, came back (unresolved) or was resolved.</summary>
    public ReceivedAlert IssueChange(JsonField root, string action)
    {
        var issue = root.Require("data").Require("issue");
        var id = issue.Require("id").Text();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(labels, "project", issue.Get("project")?.Text("slug"));
        Add(labels, "level", issue.Text("level"));
        Add(labels, "platform", issue.Text("platform"));
        Add(labels, "status", issue.Text("status"));
        Add(labels, "substatus", issue.Text("substatus"));
        Add(labels, "short_id", issue.Text("shortId"));
        var status = action == "resolved" ? AlertStatus.Resolved : AlertStatus.Firing;
        return Alert(id, status, $"issue.{action}", Actor(root)) with
        {
            AlertName = AlertText.Line(issue.Text("title"), limits.MaxTitleLength),
            Labels = labels,
            StartsAt = issue.Timestamp("firstSeen"),
            Title = AlertText.Line(issue.Text("title"), limits.MaxTitleLength),
            Description = AlertText.Block(issue.Text("culprit"), limits.MaxTextLength),
            Url = AlertText.Line(AlertText.FirstOf(issue.Text("web_url"), issue.Text("permalink")), limits.MaxUrlLength),
            Severity = AlertText.Line(issue.Text("level"), limits.MaxKeyLength),
        };
    }

    /// <summary>The legacy WebHooks plugin's alert: the issue's fields at the top, the event under <c>event</c>.</summary>
    public ReceivedAlert PluginAlert(JsonField root)
    {
        var id = root.Require("id").Text();
        var rules = root.Get("triggering_rules") is { } list ? list.Items().Select(r => r.Text()).ToList() : [];
        var ev = root.Get("event");
        var labels = ev is { } e ? Tags(e) : new Dictionary<string, string>(StringComparer.Ordinal);
        Add(labels, "project", root.Text("project_slug"));
        Add(labels, "level", root.Text("level"));
        Add(labels, "rule", string.Join(", ", rules));
        return Alert(id, AlertStatus.Firing, "plugin.alert", actor: null) with
        {
            AlertName = AlertText.Line(AlertText.FirstOf(rules.FirstOrDefault(), ev?.Text("title"), root.Text("culprit")), limits.MaxTitleLength),
            Labels = labels,
            StartsAt = ev?.UnixSeconds("timestamp"),
            Title = AlertText.Line(AlertText.FirstOf(ev?.Text("title"), root.Text("message"), root.Text("culprit")), limits.MaxTitleLength),
            Description = AlertText.Block(root.Text("culprit"), limits.MaxTextLength),
            Url = AlertText.Line(root.Text("url"), limits.MaxUrlLength),
            Severity = AlertText.Line(root.Text("level"), limits.MaxKeyLength),
        };
    }

    private ReceivedAlert Alert(string issueId, AlertStatus status, string eventType, string? actor) => new()
    {
        Source = AlertSource.Sentry,
        Status = status,
        EventType = eventType,
        ActorName = actor,
        AlertName = "",
        Fingerprint = AlertText.Line(issueId, limits.MaxKeyLength),
        GroupKey = AlertText.Line($"sentry:issue:{issueId}", limits.MaxValueLength),
        Title = "",
        ExternalId = AlertText.Line(issueId, limits.MaxKeyLength),
    };

    /// <summary>A person only: Sentry itself acts as <c>{"type":"application","name":"Sentry"}</c>.</summary>
    private string? Actor(JsonField root) =>
        root.Get("actor") is { } actor && actor.Text("type") == "user" && actor.Text("name") is { Length: > 0 } name
            ? AlertText.Line(name, limits.MaxTitleLength)
            : null;

    /// <summary>
    /// The event's tags (<c>[["level","error"], ...]</c>) as labels, for rules to match (environment, release, url...).
    /// The <c>user</c> tag is left out: it identifies an end user (often by IP address) and belongs in Sentry, not chat.
    /// </summary>
    private Dictionary<string, string> Tags(JsonField ev)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ev.Get("tags") is not { Kind: JsonValueKind.Array } tags) return labels;
        foreach (var tag in tags.Element.EnumerateArray())
        {
            if (labels.Count >= limits.MaxPairs) break;
            if (tag.ValueKind == JsonValueKind.Array && tag.GetArrayLength() == 2
                && tag[0].ValueKind == JsonValueKind.String && tag[1].ValueKind == JsonValueKind.String
                && tag[0].GetString() is { Length: > 0 } key && key != "user")
            {
                labels.TryAdd(AlertText.Line(key, limits.MaxKeyLength), AlertText.Line(tag[1].GetString(), limits.MaxValueLength));
            }
        }

        return labels;
    }

    private void Add(Dictionary<string, string> labels, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value) && (labels.Count < limits.MaxPairs || labels.ContainsKey(key))) labels[key] = AlertText.Line(value, limits.MaxValueLength);
    }
}
