using System.Globalization;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Reminders;

/// <summary>
/// Action items' owners are reminded a day before the due date and told when it passes, in the incident's channel,
/// whatever the incident's status (follow-ups outlive the incident). Done items are no longer planned, so their
/// reminders stop.
/// </summary>
public static class FollowUpReminders
{
    public static IEnumerable<ScheduledReminder> Plan(Incident incident)
    {
        foreach (var item in incident.Actions)
        {
            var key = item.Number.ToString(CultureInfo.InvariantCulture);
            if (item.ReminderDueAt is { } remind) yield return new ScheduledReminder(incident.Id, ReminderKind.ActionDueSoon, remind, Clock: key);
            if (item.OverdueNoticeDueAt is { } overdue) yield return new ScheduledReminder(incident.Id, ReminderKind.ActionOverdue, overdue, Clock: key);
        }
    }

    public static async Task FireAsync(EngineCall call, Incident incident, ScheduledReminder reminder, CancellationToken ct)
    {
        if (!int.TryParse(reminder.Clock, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || incident.FindAction(number) is not { IsOpen: true } item) return;
        var now = call.Now;
        if (reminder.Kind == ReminderKind.ActionOverdue)
        {
            incident.RecordActionOverdue(number, now);
            await call.PostAsync(incident,
                $"Action #{number} of {incident.Number} is overdue (was due {Clock.Format(item.DueAt)}): {item.Text}. Mark it done with /incident action done {number} in this channel.",
                mentions: [item.Owner], ct: ct);
        }
        else if (item.OverdueNoticeAt is null && now < item.DueAt)
        {
            incident.RecordActionReminder(number, now);
            await call.PostAsync(incident,
                $"Action #{number} of {incident.Number} is due {Clock.Format(item.DueAt)} (in {Time.DurationText.Approximate(item.DueAt - now)}): {item.Text}. Mark it done with /incident action done {number}.",
                mentions: [item.Owner], ct: ct);
        }
    }
}
