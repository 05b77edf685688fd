using ChatOps.Core.Reminders;

namespace ChatOps.Bot.Persistence;

/// <summary>A due item as stored: the worker fires rows whose <see cref="DueAt"/> has passed.</summary>
public sealed class ReminderRow
{
    public long Id { get; set; }
    public Guid IncidentId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public int Tier { get; set; }

    /// <summary>The deadline clock's key, for deadline reminders.</summary>
    public string? Clock { get; set; }
    /// <summary>The replica firing this incident's reminders (see <see cref="Claims.ClaimQueues.Reminders"/>).</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}
