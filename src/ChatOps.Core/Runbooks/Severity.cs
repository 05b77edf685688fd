namespace ChatOps.Core.Runbooks;

/// <summary>One severity level: its clocks, who is invited and the escalation chain.</summary>
public sealed record Severity(
    string Key,
    string Name,
    string Description,
    TimeSpan RespondWithin,
    TimeSpan ResolveWithin,
    TimeSpan UpdateEvery,
    IReadOnlyList<string> Invite,
    IReadOnlyList<EscalationTier> Escalation,
    bool Private)
{
    /// <summary>The pagers paged when an incident is declared at this severity (or raised to it).</summary>
    public IReadOnlyList<string> Page { get; init; } = [];
}
