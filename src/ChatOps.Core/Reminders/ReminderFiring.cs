using ChatOps.Core.Engine;
using ChatOps.Core.Escalation;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Time;

namespace ChatOps.Core.Reminders;

/// <summary>Fires what is due on one incident: status-update reminders, automatic escalation, post-mortem-due reminders, deadline clocks.</summary>
public static class ReminderFiring
{
    /// <summary>Fires what is due at the unit of work's time on one incident, which the caller has claimed. Returns how many fired.</summary>
    public static async Task<int> FireAsync(EngineCall call, Guid incidentId, CancellationToken ct)
    {
        if (await call.Store.FindAsync(incidentId, ct) is not { } incident) return 0;
        var now = call.Now;
        var due = await call.Store.DueRemindersAsync(incidentId, now, ct);
        // A deadline passed while the bot was down: the overdue notice says it all, the missed reminder would only confuse.
        var overdue = due.Where(r => r.Kind == ReminderKind.DeadlineOverdue).Select(r => r.Clock).ToHashSet();
        foreach (var reminder in due)
        {
            call.Publish(new IncidentEvent(IncidentEvent.ReminderFired, incident.Number, incident.SeverityKey, IncidentEngine.BotName, call.Work.Platform, now,
                Describe(reminder, now), reminder.Kind.ToString(), now - reminder.DueAt, incident.IsDrill));
            switch (reminder.Kind)
            {
                case ReminderKind.Escalation:
                    var severity = call.SeverityOf(incident);
                    await EscalationFlow.ToNextTierAsync(call, incident, severity, IncidentEngine.BotName, EscalationFlow.NotAcknowledgedReason(incident, severity, incident.EscalationTier + 1), automatic: true, ct);
                    break;
                case ReminderKind.StatusUpdate:
                    await RemindUpdateAsync(call, incident, ct);
                    break;
                case ReminderKind.PostMortemDue:
                    incident.RecordPostMortemReminder(now);
                    var open = incident.Actions.Count(a => a.IsOpen);
                    await call.PostAsync(incident, $"The post-mortem for {incident.Number} ({incident.PostMortemFile}) is due now: hold the follow-up review.{(open == 0 ? " Record its action items with /incident action add <owner> <due> <text>." : $" {open} action item(s) still open: /incident actions.")}", mentions: [incident.Commander], ct: ct);
                    break;
                case ReminderKind.DeadlineReminder when !overdue.Contains(reminder.Clock):
                    await DeadlineNotices.RemindAsync(call, incident, reminder.Clock!, ct);
                    break;
                case ReminderKind.DeadlineOverdue:
                    await DeadlineNotices.OverdueAsync(call, incident, reminder.Clock!, ct);
                    break;
                case ReminderKind.ActionDueSoon or ReminderKind.ActionOverdue:
                    await FollowUpReminders.FireAsync(call, incident, reminder, ct);
                    break;
                case ReminderKind.ResolutionTarget when incident.IsActive:
                    await ResolutionTargetPassedAsync(call, incident, ct);
                    break;
                case ReminderKind.Communication:
                    await Communications.CommunicationReminders.FireAsync(call, incident, reminder.Clock!, ct);
                    break;
            }
        }
        // Saving re-plans, which also clears rows that no longer match the incident (nothing due: a stale row), and posts
        // a drill's injects that fell due (ReminderKind.DrillInject needs nothing else).
        await call.SaveAsync(incident, ct);
        return due.Count;
    }

    /// <summary>"status-update, 12s late", "deadline-reminder notification, 1m 3s late": what fired and how late.</summary>
    private static string Describe(ScheduledReminder reminder, DateTimeOffset now)
    {
        var kind = reminder.Kind.ToString();
        var name = string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        var late = now - reminder.DueAt;
        return $"{name}{(reminder.Clock is { } clock ? " " + clock : "")}, {(late < TimeSpan.FromSeconds(1) ? "on time" : $"{DurationText.Format(late)} late")}";
    }

    private static async Task ResolutionTargetPassedAsync(EngineCall call, Incident incident, CancellationToken ct)
    {
        var severity = call.SeverityOf(incident);
        incident.RecordResolutionTargetPassed(severity, call.Now);
        await call.PostAsync(incident,
            $"{incident.Number} is past its resolution target: {severity.Key} aims to resolve within {DurationText.Format(severity.ResolveWithin)}, by {Clock.Format(ReminderPlanner.ResolutionTarget(incident, severity))}. Resolve it with /incident resolve when it is fixed, or say what is holding it up with /incident update.",
            mentions: [incident.Commander], ct: ct);
    }

    private static async Task RemindUpdateAsync(EngineCall call, Incident incident, CancellationToken ct)
    {
        var severity = call.SeverityOf(incident);
        var last = incident.LastUpdateAt ?? incident.DeclaredAt;
        incident.RecordUpdateReminder(call.Now);
        var since = Durations.Humanised(call.Now - last);
        var what = incident.LastUpdateAt is null ? "since declaration" : "since the last update";
        await call.PostCardAsync(incident,
            IncidentCards.UpdateReminder(incident, $"{since} {what} ({severity.Key}: an update every {DurationText.Format(severity.UpdateEvery)}). Use /incident update or the button."),
            [incident.Commander], ct);
    }
}
