using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Reminders;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Fires what is due: status-update reminders, automatic escalation, post-mortem-due reminders, deadline clocks.</summary>
public sealed partial class IncidentService
{
    private const int Batch = 100;

    /// <summary>
    /// Fires every reminder due now, including those that fell due while the process was down, in one unit of work.
    /// Returns how many fired. (The web host's reminder worker claims and fires one incident per unit of work instead.)
    /// </summary>
    public async Task<int> FireDueAsync(CancellationToken ct = default)
    {
        var fired = 0;
        var seen = new HashSet<Guid>();
        while (true)
        {
            var ids = (await store.ClaimIncidentsWithDueRemindersAsync(Now, Batch, ct)).Where(seen.Add).ToList();
            if (ids.Count == 0) return fired;
            foreach (var id in ids) fired += await FireIncidentAsync(id, ct);
        }
    }

    /// <summary>Fires what is due now on one incident, which the caller has claimed. Returns how many fired.</summary>
    public async Task<int> FireIncidentAsync(Guid incidentId, CancellationToken ct = default) =>
        await store.FindAsync(incidentId, ct) is { } incident ? await FireAsync(incident, ct) : 0;

    private async Task<int> FireAsync(Incident incident, CancellationToken ct)
    {
        var now = Now;
        var due = ReminderPlanner.Plan(incident, runbook).Where(r => r.DueAt <= now).OrderBy(r => r.DueAt).ToList();
        // A deadline passed while the bot was down: the overdue notice says it all, the missed reminder would only confuse.
        var overdue = due.Where(r => r.Kind == ReminderKind.DeadlineOverdue).Select(r => r.Clock).ToHashSet();
        foreach (var reminder in due)
        {
            switch (reminder.Kind)
            {
                case ReminderKind.Escalation:
                    var severity = SeverityOf(incident);
                    await EscalateToNextTierAsync(incident, severity, BotName, NotAcknowledgedReason(severity, reminder.Tier), automatic: true, ct);
                    break;
                case ReminderKind.StatusUpdate:
                    await RemindUpdateAsync(incident, ct);
                    break;
                case ReminderKind.PostMortemDue:
                    incident.RecordPostMortemReminder(now);
                    await PostAsync(incident, $"The post-mortem for {incident.Number} ({incident.PostMortemFile}) is due now: hold the follow-up review.", mentions: [incident.Commander], ct: ct);
                    break;
                case ReminderKind.DeadlineReminder when !overdue.Contains(reminder.Clock):
                    await RemindDeadlineAsync(incident, reminder.Clock!, ct);
                    break;
                case ReminderKind.DeadlineOverdue:
                    await AnnounceOverdueAsync(incident, reminder.Clock!, ct);
                    break;
            }
        }
        // Saving re-plans, which also clears rows that no longer match the incident (nothing due: a stale row).
        await SaveAsync(incident, ct);
        return due.Count;
    }

    private async Task RemindUpdateAsync(Incident incident, CancellationToken ct)
    {
        var severity = SeverityOf(incident);
        var last = incident.LastUpdateAt ?? incident.DeclaredAt;
        incident.RecordUpdateReminder(Now);
        var since = PostMortems.Durations.Humanised(Now - last);
        var what = incident.LastUpdateAt is null ? "since declaration" : "since the last update";
        await PostCardAsync(incident,
            IncidentCards.UpdateReminder(incident, $"{since} {what} ({severity.Key}: an update every {DurationText.Format(severity.UpdateEvery)}). Use /incident update or the button."),
            [incident.Commander], ct);
    }
}
