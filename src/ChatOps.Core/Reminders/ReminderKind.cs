namespace ChatOps.Core.Reminders;

/// <summary>What a due item does when it fires.</summary>
public enum ReminderKind
{
    StatusUpdate,
    Escalation,
    PostMortemDue,

    /// <summary>A deadline clock's reminder before it is due.</summary>
    DeadlineReminder,

    /// <summary>A deadline clock reached its deadline still running.</summary>
    DeadlineOverdue,

    /// <summary>The severity's resolve-within target passed with the incident still open.</summary>
    ResolutionTarget,

    /// <summary>A drill's timed inject (its position in <see cref="ScheduledReminder.Tier"/>) is due to be posted.</summary>
    DrillInject,
    /// <summary>An open action item falls due soon: its owner is reminded (<see cref="ScheduledReminder.Clock"/> holds its number).</summary>
    ActionDueSoon,

    /// <summary>An open action item reached its due date.</summary>
    ActionOverdue,
    /// <summary>A communication is owed (an audience the severity must tell, a runbook trigger); <c>Clock</c> names which.</summary>
    Communication,
}
