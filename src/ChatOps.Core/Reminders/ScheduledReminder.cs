namespace ChatOps.Core.Reminders;

/// <summary>
/// A due item for an incident; <see cref="Tier"/> is the escalation tier it moves to (1-based), else 0;
/// <see cref="Clock"/> is the deadline clock's key for deadline items.
/// </summary>
public sealed record ScheduledReminder(Guid IncidentId, ReminderKind Kind, DateTimeOffset DueAt, int Tier = 0, string? Clock = null);
