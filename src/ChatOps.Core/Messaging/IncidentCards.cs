using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Messaging;

/// <summary>The cards the engine posts, as neutral values.</summary>
public static class IncidentCards
{
    public static Card Incident(Incident incident, Runbook runbook)
    {
        var severity = runbook.FindSeverity(incident.SeverityKey);
        var facts = new List<Fact>
        {
            new("Severity", severity is null ? incident.SeverityKey : $"{severity.Key} ({severity.Name})"),
            new("Status", incident.Status.ToString()),
            new("Commander", incident.Commander),
            new("Started", Clock.Format(incident.DeclaredAt)),
        };
        if (incident.IsActive && severity is not null)
        {
            facts.Add(new("Next update due", Clock.Format(ReminderPlanner.NextUpdateDue(incident, severity))));
            facts.Add(new("Acknowledged", incident.AcknowledgedAt is { } at ? $"{incident.AcknowledgedBy} at {Clock.Format(at)}" : $"not yet (respond within {DurationText.Format(severity.RespondWithin)})"));
        }
        if (incident.ResolvedAt is { } resolved) facts.Add(new("Resolved", Clock.Format(resolved)));
        if (incident.EscalationTier > 0) facts.Add(new("Escalation", $"tier {incident.EscalationTier}"));
        if (incident.Comms is { } comms) facts.Add(new("Comms", comms));
        if (incident.Scribe is { } scribe) facts.Add(new("Scribe", scribe));
        if (incident.Category is { } category) facts.Add(new("Category", category));
        if (incident.AffectedServices.Length > 0) facts.Add(new("Affected services", incident.AffectedServices));
        if (incident.Impact.Length > 0) facts.Add(new("Impact", incident.Impact));

        var sections = incident.Description.Length > 0 ? new[] { incident.Description } : [];
        var context = $"{incident.Number} · #{incident.ChannelName}" + (incident.Private ? " · private" : "");
        return new Card($"{incident.Number}: {incident.Title}", sections, facts, context, incident.IsActive ? Buttons(incident) : []);
    }

    private static List<CardButton> Buttons(Incident incident)
    {
        var number = incident.Number;
        var buttons = new List<CardButton>();
        if (incident.AcknowledgedAt is null) buttons.Add(new("Acknowledge", ActionIds.Acknowledge, number, ButtonStyle.Primary));
        buttons.Add(new("Post update", ActionIds.PostUpdate, number));
        buttons.Add(new("Triage", ActionIds.Triage, number));
        buttons.Add(new("Escalate", ActionIds.Escalate, EscalateValue.Format(number, incident.EscalationTier), ButtonStyle.Default, $"Escalate {number} to the next tier now?"));
        buttons.Add(new("Resolve", ActionIds.Resolve, number, ButtonStyle.Danger, $"Resolve {number}? Reminders stop and the post-mortem skeleton is written."));
        return buttons;
    }

    public static Card TriageQuestion(Incident incident, TriageQuestion question, int position, int total)
    {
        var buttons = question.Answers
            .Select(a => new CardButton(a.Label, ActionIds.TriageAnswer, TriageAnswerValue.Format(incident.Number, question.Id, a.Id)))
            .ToList();
        return new Card($"Triage {position}/{total}: {incident.Number}", [question.Text], [], "Answer with a button; each answer goes on the timeline.", buttons);
    }

    public static Card Checklist(Checklist checklist) =>
        new($"Mitigation checklist: {checklist.Title}", [string.Join('\n', checklist.Steps.Select((s, i) => $"{i + 1}. {s}"))], [], null, []);

    public static Card UpdateReminder(Incident incident, string detail) =>
        new($"Status update due: {incident.Number}", [$"Post a status update for \"{incident.Title}\": {detail}"], [], null,
            [new CardButton("Post update", ActionIds.PostUpdate, incident.Number, ButtonStyle.Primary)]);

    public static Card EscalationSuggestion(Incident incident, string guidance) =>
        new($"Triage suggests escalating {incident.Number}", [guidance], [], null,
            [new CardButton("Escalate", ActionIds.Escalate, EscalateValue.Format(incident.Number, incident.EscalationTier), ButtonStyle.Danger, $"Escalate {incident.Number} to the next tier now?")]);
}
