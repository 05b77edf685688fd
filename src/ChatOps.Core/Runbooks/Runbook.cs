using ChatOps.Core.Access;

namespace ChatOps.Core.Runbooks;

/// <summary>All incident policy for one organisation, loaded from a runbook YAML file.</summary>
public sealed record Runbook(
    string Name,
    IReadOnlyList<Severity> Severities,
    IReadOnlyList<TriageQuestion> Triage,
    IReadOnlyDictionary<string, Checklist> Checklists,
    MessageTemplates Templates,
    PostMortemPolicy PostMortem,
    ChannelPolicy Channels,
    RolePolicy Roles,
    IReadOnlyList<IncidentKind> Kinds,
    AccessPolicy Access)
{
    /// <summary>Who can be paged, by name (<c>pagers:</c>); severities and escalation tiers name them in <c>page:</c>.</summary>
    public IReadOnlyList<Pager> Pagers { get; init; } = [];

    /// <summary>What alerts from monitoring do (<c>alerts:</c>).</summary>
    public AlertPolicy Alerts { get; init; } = AlertPolicy.None;

    /// <summary>The health checks the bot runs (<c>probes:</c>).</summary>
    public ProbePolicy Probes { get; init; } = ProbePolicy.None;

    /// <summary>The drill scenarios and their schedules (<c>drills:</c>).</summary>
    public ChatOps.Core.Drills.DrillPolicy Drills { get; init; } = ChatOps.Core.Drills.DrillPolicy.None;
    /// <summary>Monthly availability targets and service credits per service (<c>sla:</c>).</summary>
    public IReadOnlyList<ServiceSla> Sla { get; init; } = [];
    /// <summary>The public status page: its components and public templates (<c>status-page:</c>).</summary>
    public StatusPagePolicy StatusPage { get; init; } = StatusPagePolicy.None;
    /// <summary>The stakeholder groups <c>/incident notify</c> reaches (<c>audiences:</c>).</summary>
    public IReadOnlyList<CommsAudience> Audiences { get; init; } = [];

    /// <summary>Who each severity must tell, the communication triggers and the message templates (<c>communications:</c>).</summary>
    public CommunicationPolicy Communications { get; init; } = CommunicationPolicy.None;

    public CommsAudience? FindAudience(string key) => Audiences.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase));

    public Pager? FindPager(string name) => Pagers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The severity with this key, or else with this name (<c>P1</c> or <c>high</c>), in any case.</summary>
    public Severity? FindSeverity(string key) =>
        Severities.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? Severities.FirstOrDefault(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));

    public IncidentKind? FindKind(string key) =>
        Kinds.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase));

    public string KindKeys => Kinds.Count == 0 ? "(none: this runbook defines no kinds)" : string.Join(", ", Kinds.Select(k => k.Key));

    /// <summary>What to tell someone who named a kind this runbook does not have.</summary>
    public string UnknownKind(string key)
    {
        var guess = Suggestions.Closest(key, Kinds.Select(k => k.Key));
        return $"Unknown kind '{key}'{(guess is null ? "" : $"; did you mean '{guess}'?")}. This runbook's kinds are {KindKeys}.";
    }

    public TriageQuestion? FindQuestion(string id) => Triage.FirstOrDefault(q => q.Id == id);

    public string SeverityKeys => string.Join(", ", Severities.Select(s => s.Key));

    /// <summary>What to tell someone who named a severity this runbook does not have.</summary>
    public string UnknownSeverity(string key) => $"Unknown severity '{key}'. This runbook's severities are {SeverityKeys}.";
}
