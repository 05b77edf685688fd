using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Communications;

/// <summary>
/// Reminds the commander of communications the runbook says are owed, from stored timestamps like every reminder:
/// <list type="bullet">
/// <item>the audiences the severity must tell (<c>communications.notify</c>): first <c>notify-within</c> after the severity
/// was set (declared or changed), then every <c>remind-every</c> until each is told;</item>
/// <item>each trigger (<c>communications.triggers</c>): first when its condition starts to hold (the incident has been going
/// <c>after</c> since it began, at one of its severities; a severity change starts the condition again), then every
/// <c>remind-every</c> until what it requires has happened.</item>
/// </list>
/// Only while the incident is open. Each obligation is keyed (<c>notify:P0</c>, <c>trigger:long-outage</c>) and its
/// reminders are recorded on the incident, so a restart neither repeats nor loses one.
/// </summary>
public static class CommunicationReminders
{
    public static IEnumerable<ScheduledReminder> Plan(Incident incident, Runbook runbook) =>
        Owed(incident, runbook).Select(o => new ScheduledReminder(incident.Id, ReminderKind.Communication, o.Due, Clock: o.Key));

    /// <summary>Reminds of obligation <paramref name="key"/> if it is still owed and due; recorded on the incident. Callers save.</summary>
    public static async Task FireAsync(EngineCall call, Incident incident, string key, CancellationToken ct)
    {
        var owed = Owed(incident, call.Runbook).FirstOrDefault(o => o.Key == key);
        if (owed is null || owed.Due > call.Now) return;
        incident.RecordCommunicationReminder(key, owed.Text, call.Now);
        await call.PostAsync(incident, owed.Text, mentions: [incident.Commander], ct: ct);
    }

    private sealed record Obligation(string Key, DateTimeOffset Due, string Text);

    private static IEnumerable<Obligation> Owed(Incident incident, Runbook runbook)
    {
        var severity = runbook.FindSeverity(incident.SeverityKey);
        if (!incident.IsActive || !NotifyFlow.MayNotify(incident) || severity is null) yield break;
        var policy = runbook.Communications;

        var untold = CommunicationRequirements.Untold(incident, runbook);
        if (untold.Count > 0)
        {
            var key = "notify:" + severity.Key;
            var start = incident.SeverityChangedAt + policy.NotifyWithin;
            yield return new Obligation(key, Next(incident, key, start, policy),
                $"{incident.Number} is {severity.Key} ({severity.Name}): the runbook says to tell {Names(runbook, policy.MustNotify(severity.Key))}. " +
                $"Not told yet: {Names(runbook, untold)}. Tell them with /incident notify <audience> [message] (or /incident notify for the form).");
        }

        foreach (var trigger in policy.Triggers.Where(t => t.Covers(severity.Key)))
        {
            var unmet = CommunicationRequirements.Unmet(incident, trigger);
            if (unmet.Count == 0) continue;
            var key = "trigger:" + trigger.Name;
            var start = Latest(incident.Began + trigger.After, incident.SeverityChangedAt);
            var what = trigger.Description.Length > 0 ? $"{trigger.Name}: {trigger.Description.TrimEnd('.')}" : trigger.Name;
            yield return new Obligation(key, Next(incident, key, start, policy),
                $"{incident.Number} has been going over {DurationText.Format(trigger.After)} at {severity.Key} ({what}). " +
                $"Still to do: {string.Join("; ", unmet.Select(r => Describe(runbook, r)))}.");
        }
    }

    /// <summary>The first reminder when the obligation starts, then one every <c>remind-every</c> after the last.</summary>
    private static DateTimeOffset Next(Incident incident, string key, DateTimeOffset start, CommunicationPolicy policy) =>
        incident.LastCommunicationReminder(key, start) is { } last ? last + policy.RemindEvery : start;

    private static string Describe(Runbook runbook, CommsRequirement requirement) => requirement.Kind == CommsRequirementKind.Audience
        ? $"tell {Names(runbook, [requirement.Audience!])} (/incident notify {requirement.Audience} [message])"
        : "publish to the status page (/incident publish investigating <public message>)";

    private static string Names(Runbook runbook, IEnumerable<string> keys) =>
        string.Join(", ", keys.Select(k => runbook.FindAudience(k)?.Describe() ?? k));

    private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
