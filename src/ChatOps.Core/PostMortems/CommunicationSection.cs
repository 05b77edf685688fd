using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.PostMortems;

/// <summary>
/// The post-mortem's "Communication timeline" (seed 002): who was told what way and when, how each email ended, and the
/// reminders the commander got while a communication was owed.
/// </summary>
public static class CommunicationSection
{
    public const string Heading = "## Communication timeline";

    /// <summary>Written when the runbook has audiences (saying so when nobody was told) or anyone was told.</summary>
    public static void Write(StringBuilder md, Incident incident, Runbooks.Runbook runbook, PostMortemPeople people, Action<StringBuilder, string[], IReadOnlyList<string[]>> table)
    {
        if (runbook.Audiences.Count == 0 && incident.Communications.Count == 0) return;
        md.AppendLine(Heading).AppendLine();
        if (incident.Communications.Count == 0 && incident.CommunicationReminders.Count == 0)
        {
            md.AppendLine("_No stakeholders were notified through ChatOps._").AppendLine();
            return;
        }
        var rows = incident.Communications.Select(c => (c.At, Row: new[]
            {
                Clock.FormatCell(c.At), c.Audience, c.Via == CommunicationVia.Chat ? $"chat #{c.Target}" : $"email {c.Target}",
                State(c), people.Name(c.Actor),
            }))
            .Concat(incident.Timeline.Where(t => t.Kind == Incident.CommunicationReminderKind).Select(t => (t.At, Row: new[]
            {
                Clock.FormatCell(t.At), "-", "reminder to the commander", people.InText(t.Text), people.Name(t.Actor),
            })))
            .OrderBy(r => r.At)
            .Select(r => r.Row)
            .ToList();
        table(md, ["Time (UTC)", "Audience", "How", "Outcome", "By"], rows);
    }

    private static string State(CommunicationRecord record) => record.State switch
    {
        CommunicationState.Sent when record.SettledAt is { } at => $"sent {Clock.FormatCell(at)}",
        CommunicationState.Failed or CommunicationState.NotSent => $"{record.StateText}: {record.Detail}",
        _ => record.StateText,
    };
}
