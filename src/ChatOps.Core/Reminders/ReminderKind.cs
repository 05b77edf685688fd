namespace ChatOps.Core.Reminders;

/// <summary>What a due item does when it fires.</summary>
public enum ReminderKind
{
    StatusUpdate,
    Escalation,
    PostMortemDue,
}
