using ChatOps.Core.Access;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Messaging;

/// <summary>The cards the engine posts, as neutral values.</summary>
public static class IncidentCards
{
    /// <param name="now">Shows deadline clocks' time left; without it only their due times.</param>
    public static Card Incident(Incidents.Incident incident, Runbook runbook, DateTimeOffset? now = null)
    {
        var severity = runbook.FindSeverity(incident.SeverityKey);
        var facts = new List<Fact>
        {
            new("Severity", severity is null ? incident.SeverityKey : $"{severity.Key} ({severity.Name})"),
            new("Status", incident.Status.ToString()),
            new("Commander", People.Plain(incident.Commander)),
            new("Started", Clock.Format(incident.Began)),
        };
        if (incident.IsActive && severity is not null)
        {
            facts.Add(new("Next update due", Clock.Format(ReminderPlanner.NextUpdateDue(incident, severity))));
            facts.Add(new("Acknowledged", incident.AcknowledgedAt is { } at ? $"{People.Plain(incident.AcknowledgedBy ?? "")} at {Clock.Format(at)}" : $"not yet (respond within {DurationText.Format(severity.RespondWithin)})"));
        }
        if (severity is not null && now is { } shownAt) facts.Add(new("Resolution target", ResolutionTargetState(incident, severity, shownAt)));
        if (incident.DetectedAt is { } detected) facts.Add(new("Detected", Clock.Format(detected)));
        if (incident.ResolvedAt is { } resolved) facts.Add(new("Resolved", Clock.Format(resolved)));
        if (incident.EscalationTier > 0) facts.Add(new("Escalation", $"tier {incident.EscalationTier}"));
        if (incident.Comms is { } comms) facts.Add(new("Comms", People.Plain(comms)));
        if (incident.Scribe is { } scribe) facts.Add(new("Scribe", People.Plain(scribe)));
        if (incident.Category is { } category) facts.Add(new("Category", category));
        if (incident.AffectedServices.Length > 0) facts.Add(new("Affected services", incident.AffectedServices));
        if (incident.Impact.Length > 0) facts.Add(new("Impact", incident.Impact));
        if (incident.IsDrill) facts.Add(new("Drill", runbook.Drills.Find(incident.DrillScenario) is { } scenario ? $"{scenario.Id} ({scenario.Name}); nobody is paged" : incident.DrillScenario ?? ""));
        if (incident.Kind is { } kind) facts.Add(new("Kind", runbook.FindKind(kind) is { } known ? $"{known.Key} ({known.Name})" : kind));
        facts.AddRange(incident.Deadlines.Select(d => new Fact(d.Name, DeadlineState(d, now))));

        var sections = incident.Description.Length > 0 ? new[] { incident.Description } : [];
        var context = $"{incident.Number} · #{incident.ChannelName}" + (incident.Private ? " · private" : "");
        return new Card($"{(incident.IsDrill ? Drills.DrillRules.Tag + ": " : "")}{incident.Number}: {incident.Title}", sections, facts, context, incident.IsActive ? Buttons(incident, runbook) : []);
    }

    /// <summary>"by 11:00 UTC (within 2h at P1)", "OVER by 35m (was due ...)", or after resolution "met: resolved in 1h 20m of 2h".</summary>
    public static string ResolutionTargetState(Incidents.Incident incident, Severity severity, DateTimeOffset now)
    {
        var target = ReminderPlanner.ResolutionTarget(incident, severity);
        var within = DurationText.Format(severity.ResolveWithin);
        if (incident.ResolvedAt is { } resolved)
            return resolved <= target
                ? $"met: resolved in {DurationText.Approximate(resolved - incident.Began)} (target {within} at {severity.Key})"
                : $"missed by {DurationText.Approximate(resolved - target)} (target {within} at {severity.Key})";
        return now <= target
            ? $"by {Clock.Format(target)} (within {within} at {severity.Key})"
            : $"OVER by {DurationText.Approximate(now - target)} (was due {Clock.Format(target)}, {within} at {severity.Key})";
    }

    /// <summary>"due ... (in 71h)", "OVERDUE: was due ... (2h ago)", or "done ... by bob: ... (3h before the deadline)".</summary>
    public static string DeadlineState(DeadlineClock clock, DateTimeOffset? now)
    {
        if (clock.StoppedAt is { } stopped)
            return $"done {Clock.Format(stopped)} by {clock.StoppedBy}: {clock.Notified} ({Incidents.Incident.Margin(clock.DueAt, stopped)})";
        if (now is not { } at) return $"due {Clock.Format(clock.DueAt)}";
        return at < clock.DueAt
            ? $"due {Clock.Format(clock.DueAt)} (in {DurationText.Approximate(clock.DueAt - at)})"
            : $"OVERDUE: was due {Clock.Format(clock.DueAt)} ({DurationText.Approximate(at - clock.DueAt)} ago); record it with /incident notified {clock.Key} <who was notified>";
    }

    private static List<CardButton> Buttons(Incidents.Incident incident, Runbook runbook)
    {
        var number = incident.Number;
        var buttons = new List<CardButton>();
        if (incident.AcknowledgedAt is null) buttons.Add(Acknowledge.Button(number));
        buttons.Add(PostUpdate.Button(number));
        // Once the walk is done the button would only start it again; /incident triage still does, on purpose.
        if (Triage.TriageFlow.NextQuestion(runbook, incident) is not null) buttons.Add(StartTriage.Button(number));
        buttons.Add(Escalate.Button(incident));
        buttons.Add(Resolve.Button(number));
        return buttons;
    }

    public static Card TriageQuestion(Incident incident, TriageQuestion question, int position, int total)
    {
        var buttons = question.Answers.Select(a => AnswerTriage.Button(incident.Number, question.Id, a)).ToList();
        var sections = Probes.ProbeMessages.Evidence(incident) is { } evidence ? new[] { question.Text, evidence } : [question.Text];
        return new Card($"Triage {position}/{total}: {incident.Number}", sections, [], "Answer with a button; each answer goes on the timeline.", buttons);
    }

    public static Card Checklist(Checklist checklist) =>
        new($"Mitigation checklist: {checklist.Title}", [string.Join('\n', checklist.Steps.Select((s, i) => $"{i + 1}. {s}"))], [], null, []);

    public static Card UpdateReminder(Incident incident, string detail) =>
        new($"Status update due: {incident.Number}", [$"Post a status update for \"{incident.Title}\": {detail}"], [], null,
            [PostUpdate.Button(incident.Number, ButtonStyle.Primary)]);

    public static Card EscalationSuggestion(Incident incident, string guidance) =>
        new($"Triage suggests escalating {incident.Number}", [guidance], [], null,
            [Escalate.Button(incident, ButtonStyle.Danger)]);
}
