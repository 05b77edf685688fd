using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.PostMortems;

/// <summary>
/// Writes the post-mortem skeleton as Markdown: the facts the bot knows (times, metrics, timeline, triage,
/// escalations) filled in, and the runbook's sections headed and left empty for people to write.
/// </summary>
public static class PostMortemRenderer
{
    public static string FileName(Incident incident) =>
        $"postmortem-{(incident.ResolvedAt ?? incident.DeclaredAt).UtcDateTime:yyyyMMdd}-{(incident.IsDrill ? "drill-" : "")}{ChannelNamer.Slug(incident.Title, 40)}.md";

    /// <param name="people">Names the incident's people (default: as stored).</param>
    /// <param name="credits">The service credits, when the runbook sets an SLA.</param>
    public static string Render(Incident incident, Runbook runbook, DateTimeOffset now, PostMortemPeople? people = null, PostMortemCredits? credits = null)
    {
        people ??= PostMortemPeople.AsStored;
        var md = new StringBuilder();
        var severity = runbook.FindSeverity(incident.SeverityKey);
        md.AppendLine($"# {(incident.IsDrill ? "DRILL " : "")}Post-mortem: {incident.Number}: {Inline(incident.Title)}").AppendLine();
        if (incident.IsDrill)
            md.AppendLine($"> **DRILL** of scenario {incident.DrillScenario}: a rehearsal, not a real incident; nobody was paged and it is left out of metrics and the status page.").AppendLine();
        var resolved = incident.ResolvedAt ?? now;
        md.AppendLine($"> Written by ChatOps when {incident.Number} was resolved ({Clock.Format(resolved)}); the facts below are kept current until it is closed (last {Clock.Format(now)}). Fill in every empty section and hold the follow-up review by {Clock.Format(resolved + runbook.PostMortem.DueAfter)}.").AppendLine();
        if (incident.Private)
            md.AppendLine("> **Private incident.** Share this write-up only with its participants and admins; anything published must leave out personal and customer data (timeline, root cause and fix only).").AppendLine();

        md.AppendLine("## Summary").AppendLine();
        md.AppendLine(incident.Summary is { } summary ? Inline(summary) : "_To be written: what happened, in two or three sentences._").AppendLine();
        Table(md, ["Field", "Value"],
        [
            ["Incident", incident.Number],
            ["Severity", severity is null ? incident.SeverityKey : $"{severity.Key} ({severity.Name})"],
            ["Severity changes", SeverityHistory(incident)],
            ["Status", incident.Status.ToString()],
            ["Commander", people.Name(incident.Commander)],
            ["Comms", incident.Comms is { } comms ? people.Name(comms) : "-"],
            ["Scribe", incident.Scribe is { } scribe ? people.Name(scribe) : "-"],
            ["Declared by", people.Name(incident.DeclaredBy)],
            ["Participants", people.List(incident.Participants)],
            ["Channel", "#" + incident.ChannelName],
            ["Category", incident.Category ?? "-"],
            ["Kind", incident.Kind is { } kind ? (runbook.FindKind(kind) is { } known ? $"{known.Key} ({known.Name})" : kind) : "-"],
            ["Private", incident.Private ? "yes" : "no"],
        ]);

        md.AppendLine("## Impact").AppendLine();
        md.AppendLine($"- **Impact:** {OrTbd(incident.Impact)}");
        md.AppendLine($"- **Affected services:** {OrTbd(incident.AffectedServices)}");
        md.AppendLine($"- **Description:** {OrTbd(incident.Description)}").AppendLine();

        WriteTimes(md, incident, severity, people);
        WriteTimeline(md, incident, people);
        ProbeSection.Write(md, incident, Table);
        WriteTriage(md, incident, people);
        WriteEscalations(md, incident, people);
        WritePages(md, incident, people);
        StatusPageSection.Write(md, incident, people, Table);
        WriteDeadlines(md, incident, people);
        CommunicationSection.Write(md, incident, runbook, people, Table);
        var creditsWritten = false;
        foreach (var section in runbook.PostMortem.Sections)
        {
            if (credits is not null && section.Contains("service credit", StringComparison.OrdinalIgnoreCase))
            {
                md.AppendLine($"## {section}").AppendLine();
                FollowUpSections.WriteCredits(md, credits, incident);
                creditsWritten = true;
            }
            else if (section.Contains("action item", StringComparison.OrdinalIgnoreCase))
            {
                md.AppendLine($"## {section}").AppendLine();
                Table(md, ["Action", "Owner", "Due date", "Status"], FollowUpSections.ActionRows(incident, now, people));
            }
            else if (incident.PostMortemNote(section) is { } written) md.AppendLine($"## {section}").AppendLine().AppendLine(written.Text).AppendLine();
            else WriteSection(md, section, people.Name(incident.Commander), resolved, runbook.PostMortem.DueAfter);
        }
        if (credits is not null && !creditsWritten)
        {
            md.AppendLine("## Service credits").AppendLine();
            FollowUpSections.WriteCredits(md, credits, incident);
        }
        return md.ToString();
    }

    private static void WriteTimes(StringBuilder md, Incident incident, Severity? severity, PostMortemPeople people)
    {
        md.AppendLine("## Key times (UTC)").AppendLine();
        string At(DateTimeOffset? at) => at is { } value ? Clock.FormatCell(value) : "-";
        // The first acknowledgement counts for time to acknowledge, even when raising the severity paged again later.
        var acknowledged = incident.Timeline.FirstOrDefault(t => t.Kind == "acknowledged");
        var rows = new List<string[]>
        {
            new[] { "Started", incident.StartedAt is { } began ? At(began) : At(incident.DeclaredAt) + " (declared; set when it began with /incident started)" },
            new[] { "Detected", incident.DetectedAt is { } noticed ? At(noticed) : At(incident.DeclaredAt) + " (declared; set when it was noticed with /incident detected)" },
            new[] { "Declared", At(incident.DeclaredAt) },
            new[] { "Acknowledged", acknowledged is null ? "not acknowledged" : $"{At(acknowledged.At)} by {people.Name(acknowledged.Actor)}" },
            new[] { "Mitigated", At(incident.MitigatedAt) },
            new[] { "Resolved", At(incident.ResolvedAt) },
        };
        if (incident.ClosedAt is { } closed) rows.Add(["Closed", At(closed)]);
        if (severity is not null)
            rows.Add(["Resolution target", $"{At(Reminders.ReminderPlanner.ResolutionTarget(incident, severity))}: {Messaging.IncidentCards.ResolutionTargetState(incident, severity, incident.ResolvedAt ?? incident.DeclaredAt)}"]);
        Table(md, ["Milestone", "Time (UTC)"], rows);
        // Time to detect counts from when it began; to acknowledge, from when it was noticed; to mitigate and resolve, from when it began.
        string[] Metric(string name, DateTimeOffset from, DateTimeOffset? end) => end is { } value
            ? [name, Durations.Humanised(value - from), Durations.Minutes(value - from)]
            : [name, "-", "-"];
        Table(md, ["Metric", "Duration", "Minutes"],
        [
            Metric("Time to detect (MTTD)", incident.Began, incident.Noticed),
            Metric("Time to acknowledge (MTTA)", incident.Noticed, acknowledged?.At),
            Metric("Time to mitigate", incident.Began, incident.MitigatedAt),
            Metric("Time to resolve (MTTR)", incident.Began, incident.ResolvedAt),
        ]);
    }

    private static void WriteTimeline(StringBuilder md, Incident incident, PostMortemPeople people)
    {
        md.AppendLine("## Timeline (UTC)").AppendLine();
        if (ProbeSection.Results(incident).Any()) md.AppendLine("_Health probe results are listed under Health probes below._").AppendLine();
        Table(md, ["Time (UTC)", "Who", "What"],
            incident.Timeline.Where(t => t.Kind != Incident.ProbeKind).Select(t => new[] { Clock.FormatCell(t.At), people.Name(t.Actor), people.InText($"{t.Kind}: {t.Text}") }).ToList());
    }

    private static void WriteTriage(StringBuilder md, Incident incident, PostMortemPeople people)
    {
        md.AppendLine("## Triage").AppendLine();
        if (incident.TriageAnswers.Count == 0)
        {
            md.AppendLine("_Triage was not run in chat._").AppendLine();
            return;
        }
        Table(md, ["Question", "Answer", "By", "Time (UTC)"],
            incident.TriageAnswers.Select(t => new[] { t.Question, t.Answer, people.Name(t.Actor), Clock.FormatCell(t.At) }).ToList());
    }

    private static void WriteEscalations(StringBuilder md, Incident incident, PostMortemPeople people)
    {
        md.AppendLine("## Escalations").AppendLine();
        if (incident.Escalations.Count == 0)
        {
            md.AppendLine("_No escalations._").AppendLine();
            return;
        }
        Table(md, ["Time (UTC)", "Tier", "People", "Reason", "By"],
            incident.Escalations.Select(e => new[]
            {
                Clock.FormatCell(e.At), $"{e.Tier} ({e.TierName})", people.List(e.People), people.InText(e.Reason),
                e.Automatic ? "automatic" : people.Name(e.Actor),
            }).ToList());
    }

    /// <summary>Who was paged through PagerDuty or Opsgenie, with the alert's key; only when the incident paged anyone.</summary>
    private static void WritePages(StringBuilder md, Incident incident, PostMortemPeople people)
    {
        if (incident.Pages.Count == 0) return;
        md.AppendLine("## Pages").AppendLine();
        string At(DateTimeOffset? at) => at is { } value ? Clock.FormatCell(value) : "-";
        Table(md, ["Time (UTC)", "Pager", "For", "Key", "Reason", "By", "Acknowledged (UTC)", "Resolved (UTC)"],
            incident.Pages.Select(p => new[]
            {
                Clock.FormatCell(p.At), $"{p.Pager} ({p.Service})", PageRecord.TierText(p.Tier), p.DedupKey, people.InText(p.Reason),
                people.Name(p.Actor), At(p.AcknowledgedAt), At(p.ResolvedAt),
            }).ToList());
    }

    private static void WriteDeadlines(StringBuilder md, Incident incident, PostMortemPeople people)
    {
        if (incident.Deadlines.Count == 0) return;
        md.AppendLine("## Deadlines").AppendLine();
        Table(md, ["Clock", "Due (UTC)", "Done (UTC)", "By", "Who was notified"],
            incident.Deadlines.Select(d => new[]
            {
                d.Name, Clock.FormatCell(d.DueAt),
                d.StoppedAt is { } at ? $"{Clock.FormatCell(at)} ({Incident.Margin(d.DueAt, at)})" : "not recorded",
                d.StoppedBy is { } by ? people.Name(by) : "-", d.Notified ?? "-",
            }).ToList());
    }

    private static void WriteSection(StringBuilder md, string section, string commander, DateTimeOffset resolved, TimeSpan dueAfter)
    {
        md.AppendLine($"## {section}").AppendLine();
        var name = section.ToLowerInvariant();
        if (name.Contains("action item"))
            Table(md, ["Action", "Owner", "Due date", "Status"], [["", "", "", "open"]]);
        else if (name.Contains("follow-up") || name.Contains("review"))
            md.AppendLine($"_Hold the review by {Clock.Format(resolved + dueAfter)} (within {DurationText.Format(dueAfter)} of resolution); commander {commander} schedules it._").AppendLine();
        else
            md.AppendLine("_To be filled in._").AppendLine();
    }

    private static string SeverityHistory(Incident incident)
    {
        var changes = incident.Timeline.Where(t => t.Kind == "severity").Select(t => $"{Clock.Format(t.At)}: {t.Text}").ToList();
        return changes.Count == 0 ? "none" : string.Join("; ", changes);
    }

    private static void Table(StringBuilder md, string[] header, IReadOnlyList<string[]> rows)
    {
        md.AppendLine("| " + string.Join(" | ", header) + " |");
        md.AppendLine("|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var row in rows) md.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        md.AppendLine();
    }

    private static string Cell(string text) => Inline(text).Replace("|", "\\|");

    private static string Inline(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string OrTbd(string text) => text.Length > 0 ? Inline(text) : "_to be assessed_";
}
