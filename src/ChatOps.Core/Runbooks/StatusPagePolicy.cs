namespace ChatOps.Core.Runbooks;

/// <summary>
/// The public status page (<c>status-page:</c>): its title, the components customers see, and the public templates.
/// <see cref="None"/> when the runbook has no such section: nothing can be published then.
/// </summary>
public sealed record StatusPagePolicy(string Title, IReadOnlyList<StatusComponent> Components, StatusPageTemplates Templates)
{
    public static readonly StatusPagePolicy None = new("", [], StatusPageTemplates.Default);

    public bool IsEnabled => Components.Count > 0;

    public StatusComponent? Find(string key) =>
        Components.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? Components.FirstOrDefault(c => string.Equals(c.Name, key, StringComparison.OrdinalIgnoreCase));

    public string ComponentKeys => Components.Count == 0 ? "(none: this runbook has no status-page: components)" : string.Join(", ", Components.Select(c => c.Key));

    /// <summary>What to tell someone who named a component this runbook does not have.</summary>
    public string UnknownComponent(string key)
    {
        var guess = Suggestions.Closest(key, Components.Select(c => c.Key));
        return $"Unknown component '{key}'{(guess is null ? "" : $"; did you mean '{guess}'?")}. The status page's components are {ComponentKeys}.";
    }
}

/// <summary>One thing customers see the state of. <see cref="StatuspageId"/> is its id on Atlassian Statuspage, if synced.</summary>
public sealed record StatusComponent(string Key, string Name, string Description, string? Group, string? StatuspageId);

/// <summary>
/// The public text templates: <see cref="Update"/> wraps what a responder publishes, <see cref="Resolved"/> is published
/// when an incident that was published is resolved without a public resolved update. Placeholders: <see cref="Placeholders"/>.
/// </summary>
public sealed record StatusPageTemplates(string Update, string Resolved)
{
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "status", "message", "components", "started",
    };

    /// <summary>Seed 004's status page update.</summary>
    public static readonly StatusPageTemplates Default = new(
        "Issue: {message}\nStatus: {status}\nImpact: {components}\nStart Time: {started}\n\nWe are actively investigating and will provide updates regularly.",
        "This incident has been resolved. {message}");
}
