using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>Writes an event as the Events API v2 body (PagerDuty/api-schema <c>reference/events-v2/openapiv3.json</c>, <c>/enqueue</c>).</summary>
internal static class PagerDutyEventBody
{
    public const int MaxSummaryLength = 1024;
    public const int MaxDedupKeyLength = 255;

    public static JsonObject Write(PagerDutyEvent ev, string defaultClient)
    {
        var body = new JsonObject
        {
            ["routing_key"] = ev.RoutingKey,
            ["event_action"] = Action(ev.Action),
            ["dedup_key"] = ev.DedupKey,
        };
        if (ev.Action != PagerDutyAction.Trigger) return body;

        var payload = ev.Payload!;
        var cef = new JsonObject
        {
            ["summary"] = TextCap.Cap(payload.Summary, MaxSummaryLength),
            ["source"] = payload.Source,
            ["severity"] = payload.Severity.ToString().ToLowerInvariant(),
        };
        if (payload.Timestamp is { } at) cef["timestamp"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        AddText(cef, "component", payload.Component);
        AddText(cef, "group", payload.Group);
        AddText(cef, "class", payload.Class);
        if (payload.CustomDetails.Count > 0)
        {
            var details = new JsonObject();
            foreach (var (key, value) in payload.CustomDetails) details[key] = value;
            cef["custom_details"] = details;
        }

        body["payload"] = cef;
        body["client"] = string.IsNullOrWhiteSpace(ev.Client) ? defaultClient : ev.Client;
        AddText(body, "client_url", ev.ClientUrl);
        if (ev.Links.Count > 0)
        {
            body["links"] = new JsonArray(ev.Links.Select(link => (JsonNode)Link(link)).ToArray());
        }

        return body;
    }

    private static JsonObject Link(PagerDutyLink link)
    {
        var node = new JsonObject { ["href"] = link.Href };
        AddText(node, "text", link.Text);
        return node;
    }

    private static string Action(PagerDutyAction action) => action switch
    {
        PagerDutyAction.Trigger => "trigger",
        PagerDutyAction.Acknowledge => "acknowledge",
        PagerDutyAction.Resolve => "resolve",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown event action."),
    };

    private static void AddText(JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) node[name] = value;
    }
}
