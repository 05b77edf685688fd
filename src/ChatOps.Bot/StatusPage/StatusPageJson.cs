using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.StatusPage;

namespace ChatOps.Bot.StatusPage;

/// <summary>
/// <c>/status.json</c> in the shape of Statuspage's summary: <c>page</c>, <c>status</c> (indicator and description),
/// <c>components</c>, unresolved <c>incidents</c> with their <c>incident_updates</c>, and <c>scheduled_maintenances</c>.
/// Objects use the field names and enums of the Statuspage API's Page, Component, Incident and IncidentUpdate.
/// </summary>
public static class StatusPageJson
{
    private const string PageId = "chatops";

    public static JsonObject Summary(StatusPagePolicy page, IReadOnlyList<Incident> incidents, DateTimeOffset now, string baseUrl, IReadOnlyList<ScheduledMaintenance>? maintenances = null)
    {
        var timeline = new ComponentTimeline(incidents);
        maintenances ??= [];
        var components = page.Components.Select((c, i) => (Component: c, Status: ScheduledMaintenance.Overlay(timeline.At(c.Key, now), c.Key, maintenances, now), Position: i + 1)).ToList();
        var worst = components.Select(c => c.Status).DefaultIfEmpty(ComponentStatus.Operational).Max();
        var open = incidents.Where(i => i.WasPublished && i.PublicStatus != PublicStatus.Resolved).ToList();
        var updated = incidents.SelectMany(i => i.ComponentChanges.Select(c => c.At)).Concat(incidents.Select(i => i.LastPublishedAt ?? DateTimeOffset.MinValue))
            .Where(t => t > DateTimeOffset.MinValue).DefaultIfEmpty(now).Max();
        return new JsonObject
        {
            ["page"] = new JsonObject
            {
                ["id"] = PageId,
                ["name"] = page.Title,
                ["url"] = $"{baseUrl}/status",
                ["time_zone"] = "Etc/UTC",
                ["updated_at"] = Time(updated),
            },
            ["status"] = new JsonObject
            {
                ["indicator"] = StatusWords.ImpactOf(worst) is "maintenance" ? "none" : StatusWords.ImpactOf(worst),
                ["description"] = worst == ComponentStatus.Operational ? "All Systems Operational" : StatusWords.Label(worst),
            },
            ["components"] = new JsonArray(components.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Component.Key,
                ["page_id"] = PageId,
                ["name"] = c.Component.Name,
                ["description"] = c.Component.Description,
                ["status"] = StatusWords.Of(c.Status),
                ["position"] = c.Position,
                ["group"] = false,
                ["showcase"] = true,
                ["only_show_if_degraded"] = false,
                ["updated_at"] = Time(LastChange(incidents, c.Component.Key) ?? updated),
            }).ToArray()),
            ["incidents"] = new JsonArray(open.Select(i => (JsonNode)IncidentJson(page, i, timeline, baseUrl)).ToArray()),
            ["scheduled_maintenances"] = new JsonArray(maintenances.Where(m => !m.IsCancelled).Select(m => (JsonNode)MaintenanceJson(page, m, now, baseUrl)).ToArray()),
        };
    }

    private static JsonObject IncidentJson(StatusPagePolicy page, Incident incident, ComponentTimeline timeline, string baseUrl)
    {
        var affected = incident.AffectedComponents;
        var worst = affected.Select(c => c.Status).DefaultIfEmpty(ComponentStatus.Operational).Max();
        var first = incident.PublicUpdates[0];
        var json = new JsonObject
        {
            ["id"] = incident.PublicId,
            ["page_id"] = PageId,
            ["name"] = incident.PublicTitle,
            ["status"] = StatusWords.Of(incident.PublicStatus!.Value),
            ["impact"] = StatusWords.ImpactOf(worst),
            ["created_at"] = Time(first.At),
            ["updated_at"] = Time(incident.LastPublishedAt!.Value),
            ["shortlink"] = $"{baseUrl}/status/incidents/{incident.PublicId}",
            ["components"] = new JsonArray(affected.Select(c => page.Find(c.Component)).OfType<StatusComponent>().Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Key,
                ["page_id"] = PageId,
                ["name"] = c.Name,
                ["status"] = StatusWords.Of(incident.ComponentStatusOf(c.Key)),
            }).ToArray()),
            ["incident_updates"] = new JsonArray(incident.PublicUpdates.Select((u, n) => (JsonNode)new JsonObject
            {
                ["id"] = $"{incident.PublicId}-{n + 1}",
                ["incident_id"] = incident.PublicId,
                ["status"] = StatusWords.Of(u.Status),
                ["body"] = u.Text,
                ["created_at"] = Time(u.At),
                ["updated_at"] = Time(u.At),
                ["display_at"] = Time(u.At),
                ["affected_components"] = new JsonArray(u.Components.Select(c => (JsonNode)new JsonObject
                {
                    ["code"] = c.Component,
                    ["name"] = page.Find(c.Component)?.Name ?? c.Component,
                    ["new_status"] = StatusWords.Of(c.Status),
                }).ToArray()),
            }).Reverse().ToArray()),
        };
        if (incident.PublicUpdates.FirstOrDefault(u => u.Status == PublicStatus.Monitoring) is { } monitoring) json["monitoring_at"] = Time(monitoring.At);
        return json;
    }

    /// <summary>A scheduled maintenance as Statuspage's Incident with <c>scheduled_for</c>/<c>scheduled_until</c>; its one update carries the text.</summary>
    private static JsonObject MaintenanceJson(StatusPagePolicy page, ScheduledMaintenance m, DateTimeOffset now, string baseUrl)
    {
        var status = ScheduledMaintenance.WordOf(m.StateAt(now));
        var components = m.Components.Select(c => page.Find(c)).OfType<StatusComponent>().ToList();
        var name = "Maintenance: " + string.Join(", ", components.Select(c => c.Name));
        return new JsonObject
        {
            ["id"] = m.Id,
            ["page_id"] = PageId,
            ["name"] = name,
            ["status"] = status,
            ["impact"] = "maintenance",
            ["created_at"] = Time(m.ScheduledAt),
            ["updated_at"] = Time(m.ScheduledAt),
            ["scheduled_for"] = Time(m.From),
            ["scheduled_until"] = Time(m.To),
            ["shortlink"] = $"{baseUrl}/status",
            ["components"] = new JsonArray(components.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Key,
                ["page_id"] = PageId,
                ["name"] = c.Name,
                ["status"] = StatusWords.Of(m.StateAt(now) == MaintenanceState.InProgress ? ComponentStatus.UnderMaintenance : ComponentStatus.Operational),
            }).ToArray()),
            ["incident_updates"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{m.Id}-1",
                ["incident_id"] = m.Id,
                ["status"] = "scheduled",
                ["body"] = m.Text,
                ["created_at"] = Time(m.ScheduledAt),
                ["updated_at"] = Time(m.ScheduledAt),
                ["display_at"] = Time(m.ScheduledAt),
                ["affected_components"] = new JsonArray(),
            }),
        };
    }

    private static DateTimeOffset? LastChange(IReadOnlyList<Incident> incidents, string component) =>
        incidents.SelectMany(i => i.ComponentChanges).Where(c => string.Equals(c.Component, component, StringComparison.OrdinalIgnoreCase))
            .Select(c => (DateTimeOffset?)c.At).Max();

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
