using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>
/// Writes Opsgenie Alert API bodies (opsgenie/opsgenie-oas <c>CreateAlertPayload</c>, <c>AlertActionPayload</c>),
/// cutting texts to the limits on docs.opsgenie.com "Alerts and Alert Fields".
/// </summary>
internal static class OpsgenieAlertBody
{
    public const int MaxMessage = 130;
    public const int MaxAlias = 512;
    private const int MaxDescription = 15000;
    private const int MaxEntity = 512;
    private const int MaxTags = 20;
    private const int MaxTag = 50;
    private const int MaxDetailsTotal = 8000;
    private const int MaxSourceOrUser = 100;
    private const int MaxNote = 25000;

    public static JsonObject Create(OpsgenieAlert alert)
    {
        var body = new JsonObject
        {
            ["message"] = TextCap.Cap(alert.Message, MaxMessage),
            ["alias"] = alert.Alias,
        };
        Add(body, "description", alert.Description, MaxDescription);
        if (alert.Responders.Count > 0) body["responders"] = new JsonArray(alert.Responders.Select(r => (JsonNode)Responder(r)).ToArray());
        var tags = alert.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Take(MaxTags).Select(t => (JsonNode)TextCap.Cap(t, MaxTag)).ToArray();
        if (tags.Length > 0) body["tags"] = new JsonArray(tags);
        if (Details(alert.Details) is { } details) body["details"] = details;
        Add(body, "entity", alert.Entity, MaxEntity);
        Add(body, "source", alert.Source, MaxSourceOrUser);
        if (alert.Priority is { } priority) body["priority"] = priority.ToString();
        Add(body, "user", alert.User, MaxSourceOrUser);
        Add(body, "note", alert.Note, MaxNote);
        return body;
    }

    public static JsonObject Action(OpsgenieActionNote? note)
    {
        var body = new JsonObject();
        Add(body, "user", note?.User, MaxSourceOrUser);
        Add(body, "source", note?.Source, MaxSourceOrUser);
        Add(body, "note", note?.Note, MaxNote);
        return body;
    }

    private static JsonObject Responder(OpsgenieResponder responder)
    {
        var node = new JsonObject { ["type"] = responder.Type };
        Add(node, "id", responder.Id, int.MaxValue);
        Add(node, "name", responder.Name, int.MaxValue);
        Add(node, "username", responder.Username, int.MaxValue);
        return node;
    }

    /// <summary>Details in order until their keys and values reach 8,000 characters in all; the rest is left out.</summary>
    private static JsonObject? Details(IReadOnlyDictionary<string, string> details)
    {
        if (details.Count == 0) return null;
        var node = new JsonObject();
        var used = 0;
        foreach (var (key, value) in details)
        {
            var room = MaxDetailsTotal - used - key.Length;
            if (room <= 0) break;
            var kept = TextCap.Cap(value, room);
            node[key] = kept;
            used += key.Length + kept.Length;
        }

        return node;
    }

    private static void Add(JsonObject node, string name, string? value, int max)
    {
        if (!string.IsNullOrWhiteSpace(value)) node[name] = TextCap.Cap(value, max);
    }
}
