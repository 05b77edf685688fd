namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>The stored incident's single-valued fields, people by <see cref="Person"/> name and times as UTC text.</summary>
public sealed record IncidentFacts(
    string Number,
    string Title,
    string Channel,
    string Severity,
    string Status,
    string? Category,
    string DeclaredBy,
    string Commander,
    string? AcknowledgedBy,
    string? AcknowledgedAt,
    int EscalationTier,
    string? LastUpdateAt,
    string? LastUpdateReminderAt,
    string? ResolvedAt,
    string? ClosedAt,
    string? Summary,
    string? PostMortemFile);
