namespace ChatOps.Core.Runbooks;

/// <summary>The paging services a pager can be.</summary>
public enum PagerService
{
    PagerDuty,
    Opsgenie,
}

/// <summary>
/// Someone to wake (<c>pagers:</c>): a PagerDuty service by its Events v2 routing key (named by an environment
/// variable, never the key itself), or Opsgenie responders (teams, users, escalations, schedules). Severities and
/// escalation tiers name pagers in <c>page:</c>.
/// </summary>
public sealed record Pager(string Name, PagerService Service, string? RoutingKeyVariable, IReadOnlyList<PagerResponder> Responders)
{
    public string Describe() => Service == PagerService.PagerDuty
        ? $"{Name} (PagerDuty)"
        : $"{Name} (Opsgenie: {string.Join(", ", Responders.Select(r => $"{r.Type} {r.Name}"))})";
}

/// <summary>An Opsgenie responder: <c>team</c>, <c>user</c>, <c>escalation</c> or <c>schedule</c>, by name (a user by username).</summary>
public sealed record PagerResponder(string Type, string Name)
{
    public static readonly IReadOnlyList<string> Types = ["team", "user", "escalation", "schedule"];
}
