using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Incidents;

/// <summary>
/// What the incident showed the public: its public updates, the component statuses it set (the history uptime is
/// computed from), its public title and id, and the post-mortem published after it. Nothing is public until a responder
/// publishes it, and never for an incident <see cref="StatusPageVisibility"/> hides.
/// </summary>
public sealed partial class Incident
{
    private List<PublicUpdate> _publicUpdates = [];
    private List<ComponentChange> _componentChanges = [];

    /// <summary>The id the status page shows (<c>/status/incidents/{id}</c>): random, so it says nothing of the internal number.</summary>
    public string? PublicId { get; private set; }

    /// <summary>The title the public sees; the internal <see cref="Title"/> never goes public.</summary>
    public string? PublicTitle { get; private set; }

    /// <summary>A link to, or summary of, the post-mortem published after resolve.</summary>
    public string? PublicPostMortem { get; private set; }

    /// <summary>When the incident first touched the status page (a publication or a component status), else null.</summary>
    public DateTimeOffset? PublicSince { get; private set; }

    public IReadOnlyList<PublicUpdate> PublicUpdates => _publicUpdates;

    public IReadOnlyList<ComponentChange> ComponentChanges => _componentChanges;

    /// <summary>When the last public update went out, or null when nothing was ever published: "was anything published since X".</summary>
    public DateTimeOffset? LastPublishedAt => _publicUpdates.Count == 0 ? null : _publicUpdates[^1].At;

    public bool WasPublished => _publicUpdates.Count > 0;

    /// <summary>The public status of the last update, or null before the first.</summary>
    public PublicStatus? PublicStatus => _publicUpdates.Count == 0 ? null : _publicUpdates[^1].Status;

    /// <summary>The status this incident last gave <paramref name="component"/> (operational if it never set it).</summary>
    public ComponentStatus ComponentStatusOf(string component) =>
        _componentChanges.LastOrDefault(c => string.Equals(c.Component, component, StringComparison.OrdinalIgnoreCase))?.Status ?? ComponentStatus.Operational;

    /// <summary>Every component this incident ever set, with the status it gives it now.</summary>
    public IReadOnlyList<ComponentImpact> AffectedComponents =>
        _componentChanges.Select(c => c.Component).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => new ComponentImpact(c, ComponentStatusOf(c))).ToList();

    /// <summary>
    /// Publishes an update with <paramref name="text"/> (already public wording) and the component statuses it names. A
    /// resolved update restores every other component this incident set to operational. After the incident is resolved
    /// only a resolved update may go out.
    /// </summary>
    public PublicUpdate Publish(string actor, PublicStatus status, string text, IReadOnlyList<ComponentImpact> components, string defaultTitle, DateTimeOffset now)
    {
        RequirePublic("publish");
        if (!IsActive && status != StatusPage.PublicStatus.Resolved)
            throw new IncidentRuleException($"{Number} is {Status.ToString().ToLowerInvariant()}: only a resolved update may be published now (/incident publish resolved <message>), or the post-mortem (/incident publish postmortem <url or summary>).");
        if (string.IsNullOrWhiteSpace(text)) throw new IncidentRuleException("A public update needs text: /incident publish <status> <public message>.");
        StartPublic(defaultTitle, now);
        foreach (var impact in components) Change(actor, impact.Component, impact.Status, now);
        if (status == StatusPage.PublicStatus.Resolved)
        {
            var named = components.Select(c => c.Component).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var affected in AffectedComponents.Where(c => !named.Contains(c.Component) && c.Status != ComponentStatus.Operational))
                Change(actor, affected.Component, ComponentStatus.Operational, now);
        }
        var update = new PublicUpdate(now, actor, status, text.Trim(), components);
        _publicUpdates.Add(update);
        AddParticipant(actor);
        var set = components.Count == 0 ? "" : $" ({string.Join(", ", components.Select(c => $"{c.Component}: {StatusWords.Of(c.Status)}"))})";
        Record(now, actor, "published", $"Published to the status page [{StatusWords.Of(status)}]{set}: {update.Text}");
        return update;
    }

    /// <summary>Sets one component's public status (a change customers see at once, with or without a public update).</summary>
    public void SetComponent(string actor, string component, ComponentStatus status, string defaultTitle, DateTimeOffset now)
    {
        RequirePublic("change components for");
        if (ComponentStatusOf(component) == status)
            throw new IncidentRuleException($"{component} is already {StatusWords.Of(status)} for {Number}.");
        StartPublic(defaultTitle, now);
        Change(actor, component, status, now);
        AddParticipant(actor);
        Record(now, actor, "component", $"Status page component {component} set to {StatusWords.Of(status)}");
    }

    /// <summary>Restores the components this incident left in trouble to operational, at resolve; returns those it restored.</summary>
    public IReadOnlyList<string> RestoreComponents(string actor, DateTimeOffset now)
    {
        var restored = AffectedComponents.Where(c => c.Status != ComponentStatus.Operational).Select(c => c.Component).ToList();
        foreach (var component in restored) Change(actor, component, ComponentStatus.Operational, now);
        if (restored.Count > 0) Record(now, actor, "component", $"Status page components restored to operational: {string.Join(", ", restored)}");
        return restored;
    }

    public void SetPublicTitle(string actor, string title, DateTimeOffset now)
    {
        RequirePublic("set the public title of");
        if (string.IsNullOrWhiteSpace(title)) throw new IncidentRuleException("Give the public title: /incident publish title <public title>.");
        if (PublicTitle == title.Trim()) throw new IncidentRuleException($"The public title is already '{PublicTitle}'.");
        PublicTitle = title.Trim();
        Record(now, actor, "published", $"Public title set: {PublicTitle}");
    }

    /// <summary>Links the published post-mortem (a URL or a short summary) from the public incident, after resolve.</summary>
    public void PublishPostMortem(string actor, string text, DateTimeOffset now)
    {
        // A post-mortem is often published days later, after the incident was closed.
        if (!StatusPageVisibility.Shows(this)) throw new IncidentRuleException(StatusPageVisibility.Refusal(this));
        if (IsActive) throw new IncidentRuleException($"{Number} is still {Status.ToString().ToLowerInvariant()}; publish the post-mortem after /incident resolve.");
        if (!WasPublished) throw new IncidentRuleException($"{Number} was never published to the status page, so there is no public incident to add a post-mortem to.");
        if (string.IsNullOrWhiteSpace(text)) throw new IncidentRuleException("Give the post-mortem's address or a summary: /incident publish postmortem <url or summary>.");
        PublicPostMortem = text.Trim();
        Record(now, actor, "published", $"Post-mortem published on the status page: {PublicPostMortem}");
    }

    private void StartPublic(string defaultTitle, DateTimeOffset now)
    {
        PublicId ??= Id.ToString("N")[..12];
        PublicTitle ??= defaultTitle.Trim();
        PublicSince ??= now;
    }

    private void Change(string actor, string component, ComponentStatus status, DateTimeOffset now)
    {
        var known = _componentChanges.Any(c => string.Equals(c.Component, component, StringComparison.OrdinalIgnoreCase));
        if (known && ComponentStatusOf(component) == status) return;
        if (!known && status == ComponentStatus.Operational) return;
        _componentChanges.Add(new ComponentChange(now, actor, component, status));
    }

    private void RequirePublic(string verb)
    {
        if (!StatusPageVisibility.Shows(this)) throw new IncidentRuleException(StatusPageVisibility.Refusal(this));
        RequireNotClosed(verb);
    }
}
