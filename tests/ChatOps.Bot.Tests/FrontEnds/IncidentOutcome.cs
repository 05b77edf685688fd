namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// What one front end left behind, with nothing platform-specific in it: the stored incident (facts, triage,
/// escalations, participants, timeline), the reminders its users saw posted, the audit log (and the platforms it
/// names), and the post-mortem file on disk. Lines read <c>HH:mm:ss who what</c>; people are <see cref="Person"/>
/// names or runbook handles.
/// </summary>
public sealed record IncidentOutcome(
    IncidentFacts Facts,
    IReadOnlyList<string> Triage,
    IReadOnlyList<string> Escalations,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Timeline,
    IReadOnlyList<string> RemindersPosted,
    IReadOnlyList<string> Audit,
    IReadOnlyList<string> AuditedPlatforms,
    IReadOnlyList<string> PostMortem);
