namespace ChatOps.Core.Incidents;

/// <summary>
/// A follow-up the post-mortem owes: numbered within its incident (1, 2, ...), with an owner and a due date. Kept in
/// its own table; <see cref="RemindedAt"/> and <see cref="OverdueNoticeAt"/> record that the owner was told, so a
/// restart neither repeats nor loses a reminder.
/// </summary>
public sealed class ActionItem
{
    /// <summary>How long before its due date the owner is reminded.</summary>
    public static readonly TimeSpan RemindBefore = TimeSpan.FromHours(24);

    private ActionItem()
    {
    }

    public ActionItem(int number, string text, string owner, DateTimeOffset dueAt, string createdBy, DateTimeOffset createdAt)
    {
        Number = number;
        Text = text;
        Owner = owner;
        DueAt = dueAt;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public DateTimeOffset DueAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    public DateTimeOffset? RemindedAt { get; private set; }
    public DateTimeOffset? OverdueNoticeAt { get; private set; }

    public bool IsOpen => DoneAt is null;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now >= DueAt;

    /// <summary>When the owner is reminded before the due date: once, while open, unless the item was added within a day of it.</summary>
    public DateTimeOffset? ReminderDueAt =>
        IsOpen && RemindedAt is null && OverdueNoticeAt is null && DueAt - RemindBefore > CreatedAt ? DueAt - RemindBefore : null;

    /// <summary>When the overdue notice is due: at the due date, once, while open.</summary>
    public DateTimeOffset? OverdueNoticeDueAt => IsOpen && OverdueNoticeAt is null ? DueAt : null;

    internal void Complete(string actor, DateTimeOffset now)
    {
        DoneAt = now;
        DoneBy = actor;
    }

    internal void MarkReminded(DateTimeOffset now) => RemindedAt = now;

    internal void MarkOverdueNoticed(DateTimeOffset now) => OverdueNoticeAt = now;

    /// <summary>"#2 Add a webhook alert (owner @bob, due 2026-12-20 00:00 UTC, open)".</summary>
    public string Describe(DateTimeOffset now) =>
        $"#{Number} {Text} (owner {Access.People.Mention(Owner)}, due {Clock.Format(DueAt)}, {State(now)})";

    public string State(DateTimeOffset now) => DoneAt is { } done
        ? $"done {Clock.Format(done)}"
        : now >= DueAt ? $"OVERDUE by {Time.DurationText.Approximate(now - DueAt)}" : "open";
}
