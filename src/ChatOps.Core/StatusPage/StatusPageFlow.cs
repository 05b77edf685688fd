using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.StatusPage;

/// <summary>
/// Publishing to the status page: the runbook's public template wraps the responder's words, the incident records the
/// update and component statuses, the external page is told (<see cref="IStatusPageSync"/>) and the channel sees
/// exactly what went public. At resolve, a published incident gets a resolved update (unless a responder already
/// published one) and its components go back to operational unless that update set them. Callers save.
/// </summary>
public static class StatusPageFlow
{
    /// <summary>The public title before a responder sets one: neutral, never the internal title.</summary>
    public const string DefaultTitle = "Service disruption";

    public static StatusPagePolicy RequireEnabled(Runbook runbook) =>
        runbook.StatusPage.IsEnabled ? runbook.StatusPage
        : throw new IncidentRuleException("This runbook has no status page; add a status-page: section with its components (see the README, \"Status page and communications\").");

    /// <summary>Reads <c>key=impact</c> against the runbook's components.</summary>
    public static ComponentImpact ReadImpact(Runbook runbook, string component, string impact)
    {
        var found = RequireEnabled(runbook).Find(component) ?? throw new IncidentRuleException(runbook.StatusPage.UnknownComponent(component));
        return StatusWords.TryParse(impact, out ComponentStatus status)
            ? new ComponentImpact(found.Key, status)
            : throw new IncidentRuleException($"'{impact}' is not a component status; use {StatusWords.ComponentStatuses}, e.g. {found.Key}=partial_outage.");
    }

    public static async Task<PublicUpdate> PublishAsync(
        EngineCall call, Incident incident, PublicStatus status, string message, IReadOnlyList<ComponentImpact> components, CancellationToken ct)
    {
        var policy = RequireEnabled(call.Runbook);
        if (!StatusPageVisibility.Shows(incident)) throw new IncidentRuleException(StatusPageVisibility.Refusal(incident));
        var template = status == PublicStatus.Resolved ? policy.Templates.Resolved : policy.Templates.Update;
        var text = TemplateText.Fill(template, Values(call.Runbook, incident, status, message.Trim(), components));
        var update = incident.Publish(call.Actor, status, text, components, DefaultTitle, call.Now);
        await call.StatusPageSync.PushAsync(Push(call.Runbook, incident, update), ct);
        await call.PostAsync(incident, $"Published to the status page ({StatusWords.Of(status)}) as \"{incident.PublicTitle}\":\n{update.Text}", ct: ct);
        return update;
    }

    public static async Task SetComponentAsync(EngineCall call, Incident incident, ComponentImpact impact, CancellationToken ct)
    {
        incident.SetComponent(call.Actor, impact.Component, impact.Status, DefaultTitle, call.Now);
        await call.StatusPageSync.PushAsync(Push(call.Runbook, incident, null), ct);
    }

    public static async Task SetTitleAsync(EngineCall call, Incident incident, string title, CancellationToken ct)
    {
        RequireEnabled(call.Runbook);
        incident.SetPublicTitle(call.Actor, title, call.Now);
        if (incident.WasPublished) await call.StatusPageSync.PushAsync(Push(call.Runbook, incident, null), ct);
    }

    /// <summary>
    /// At resolve: a published incident whose last public update is not resolved gets one from the runbook's resolved
    /// template with the resolve summary; an incident that only set components gets them back to operational quietly.
    /// An incident never shown publicly stays so.
    /// </summary>
    public static async Task ResolvedAsync(EngineCall call, Incident incident, CancellationToken ct)
    {
        if (!StatusPageVisibility.Shows(incident) || !call.Runbook.StatusPage.IsEnabled) return;
        if (incident.WasPublished && incident.PublicStatus != PublicStatus.Resolved)
            await PublishAsync(call, incident, PublicStatus.Resolved, incident.Summary ?? "", [], ct);
        else if (incident.RestoreComponents(call.Actor, call.Now).Count > 0)
            await call.StatusPageSync.PushAsync(Push(call.Runbook, incident, null), ct);
    }

    public static StatusPagePush Push(Runbook runbook, Incident incident, PublicUpdate? update) => new(
        incident.PublicId!, incident.Number, incident.ChannelId, incident.PublicTitle ?? DefaultTitle, update?.Status, update?.Text,
        incident.AffectedComponents.Select(c => new PushedComponent(c.Component, runbook.StatusPage.Find(c.Component)?.StatuspageId, c.Status)).ToList());

    private static Dictionary<string, string> Values(Runbook runbook, Incident incident, PublicStatus status, string message, IReadOnlyList<ComponentImpact> components)
    {
        var named = components.Count > 0 ? components : incident.AffectedComponents.Where(c => c.Status != ComponentStatus.Operational).ToList();
        return new Dictionary<string, string>
        {
            ["title"] = incident.PublicTitle ?? DefaultTitle,
            ["status"] = StatusWords.Label(status),
            ["message"] = message,
            ["components"] = named.Count == 0 ? "Being assessed"
                : string.Join(", ", named.Select(c => $"{runbook.StatusPage.Find(c.Component)?.Name ?? c.Component} ({StatusWords.Label(c.Status).ToLowerInvariant()})")),
            ["started"] = Clock.Format(incident.Began),
        };
    }
}
