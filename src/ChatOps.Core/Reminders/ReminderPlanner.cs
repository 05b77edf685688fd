using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Reminders;

/// <summary>
/// What is due when, computed only from the incident's stored timestamps and the runbook, so the schedule can
/// be rebuilt at any time (after each change, after a restart) and always agrees with the incident.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<ScheduledReminder> Plan(Incident incident, Runbook runbook)
    {
        var plan = new List<ScheduledReminder>();
        var severity = runbook.FindSeverity(incident.SeverityKey);
        if (incident.IsActive && severity is not null)
        {
            plan.Add(new ScheduledReminder(incident.Id, ReminderKind.StatusUpdate, NextUpdateDue(incident, severity)));
            if (NextEscalation(incident, severity) is { } escalation) plan.Add(escalation);
            var target = ResolutionTarget(incident, severity);
            if (!incident.Timeline.Any(t => t.Kind == Incident.ResolutionTargetKind && t.At >= target))
                plan.Add(new ScheduledReminder(incident.Id, ReminderKind.ResolutionTarget, target));
        }
        // The follow-up review is owed whether or not the incident was closed in the meantime.
        if (incident.Status is IncidentStatus.Resolved or IncidentStatus.Closed && !incident.PostMortemReminded && incident.ResolvedAt is { } resolved)
            plan.Add(new ScheduledReminder(incident.Id, ReminderKind.PostMortemDue, resolved + runbook.PostMortem.DueAfter));
        plan.AddRange(Deadlines(incident));
        plan.AddRange(Drills.DrillFlow.InjectReminders(incident, runbook));
        plan.AddRange(FollowUpReminders.Plan(incident));
        plan.AddRange(Communications.CommunicationReminders.Plan(incident, runbook));
        return plan;
    }

    /// <summary>
    /// The commander owes an update one cadence after the latest of: declaration, the last update, the last reminder,
    /// and the last severity change (a new severity restarts the clock at its own cadence).
    /// </summary>
    public static DateTimeOffset NextUpdateDue(Incident incident, Severity severity)
    {
        var anchor = Latest(incident.SeverityChangedAt, incident.LastUpdateAt, incident.LastUpdateReminderAt);
        return anchor + severity.UpdateEvery;
    }

    /// <summary>When the incident should be resolved by: when it began plus the current severity's resolve-within.</summary>
    public static DateTimeOffset ResolutionTarget(Incident incident, Severity severity) => incident.Began + severity.ResolveWithin;

    /// <summary>
    /// Unacknowledged incidents climb the chain: tier 1 fires its delay after declaration (or the last severity change),
    /// each later tier its delay after the previous escalation. Acknowledgement stops the climb.
    /// </summary>
    public static ScheduledReminder? NextEscalation(Incident incident, Severity severity)
    {
        if (incident.AcknowledgedAt is not null || incident.EscalationTier >= severity.Escalation.Count) return null;
        var next = severity.Escalation[incident.EscalationTier];
        var anchor = Latest(incident.DeclaredAt, incident.SeverityChangedAt, incident.LastEscalatedAt);
        return new ScheduledReminder(incident.Id, ReminderKind.Escalation, anchor + next.Delay, incident.EscalationTier + 1);
    }

    /// <summary>
    /// Each running deadline clock owes its next reminder and, at the deadline, an overdue notice. They run whatever
    /// the incident's status and severity: a notification obligation outlives the outage.
    /// </summary>
    public static IEnumerable<ScheduledReminder> Deadlines(Incident incident)
    {
        foreach (var clock in incident.Deadlines)
        {
            if (clock.NextReminderAt is { } remind) yield return new ScheduledReminder(incident.Id, ReminderKind.DeadlineReminder, remind, Clock: clock.Key);
            if (clock.OverdueNoticeDueAt is { } overdue) yield return new ScheduledReminder(incident.Id, ReminderKind.DeadlineOverdue, overdue, Clock: clock.Key);
        }
    }

    private static DateTimeOffset Latest(DateTimeOffset first, params DateTimeOffset?[] others) =>
        others.Aggregate(first, (max, at) => at is { } value && value > max ? value : max);
}
