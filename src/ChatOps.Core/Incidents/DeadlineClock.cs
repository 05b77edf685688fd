using System.Text.Json.Serialization;

namespace ChatOps.Core.Incidents;

/// <summary>
/// A deadline clock as the incident keeps it, copied from the runbook at declaration so a later runbook edit cannot
/// move a deadline that is already running. <see cref="RemindedThrough"/> is the latest reminder offset sent;
/// <see cref="StoppedAt"/> is when someone recorded, with <see cref="Notified"/>, who was notified. Derived values are
/// not stored (they are worked out again from these).
/// </summary>
public sealed record DeadlineClock(
    string Key,
    string Name,
    string Description,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    IReadOnlyList<TimeSpan> RemindAt,
    IReadOnlyList<string> Remind,
    TimeSpan? RemindedThrough = null,
    DateTimeOffset? OverdueNoticeAt = null,
    DateTimeOffset? StoppedAt = null,
    string? StoppedBy = null,
    string? Notified = null)
{
    [JsonIgnore]
    public bool IsRunning => StoppedAt is null;

    /// <summary>The next reminder not yet sent, while the clock runs and the deadline has not been announced as missed.</summary>
    [JsonIgnore]
    public DateTimeOffset? NextReminderAt =>
        IsRunning && OverdueNoticeAt is null
            ? RemindAt.Where(o => RemindedThrough is not { } sent || o > sent).Select(o => (DateTimeOffset?)(StartedAt + o)).FirstOrDefault()
            : null;

    /// <summary>When the overdue notice is due: at the deadline, once, while the clock runs.</summary>
    [JsonIgnore]
    public DateTimeOffset? OverdueNoticeDueAt => IsRunning && OverdueNoticeAt is null ? DueAt : null;
}
