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
    RolePolicy Roles)
{
    public Severity? FindSeverity(string key) =>
        Severities.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    public TriageQuestion? FindQuestion(string id) => Triage.FirstOrDefault(q => q.Id == id);

    public string SeverityKeys => string.Join(", ", Severities.Select(s => s.Key));

    /// <summary>What to tell someone who named a severity this runbook does not have.</summary>
    public string UnknownSeverity(string key) => $"Unknown severity '{key}'. This runbook's severities are {SeverityKeys}.";
}
