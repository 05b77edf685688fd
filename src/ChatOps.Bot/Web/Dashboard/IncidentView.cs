using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// What the incident page shows of an incident: its card facts, roles, deadline clocks, triage answers, probe
/// results, escalations and pages, and the whole timeline. This part is re-rendered for the live view.
/// </summary>
public static class IncidentView
{
    public static string Live(Incident incident, Runbook runbook, PersonNames people, DateTimeOffset now, string? antiforgery = null)
    {
        var html = new StringBuilder();
        var severity = runbook.FindSeverity(incident.SeverityKey);
        html.Append($"<p class=\"lede\"><span class=\"sev\">{Html.Text(incident.SeverityKey)}</span> {Html.Text(incident.Status.ToString().ToLowerInvariant())}")
            .Append(incident.Private ? " <span class=\"badge private\">private</span>" : "").Append("</p>");
        html.Append("<section aria-labelledby=\"facts\"><h2 id=\"facts\">Facts</h2><dl class=\"facts\">");
        Fact(html, "Status", incident.Status.ToString().ToLowerInvariant());
        Fact(html, "Severity", severity is null ? incident.SeverityKey : $"{severity.Key} ({severity.Name})");
        if (incident.Kind is { } kind) Fact(html, "Kind", runbook.FindKind(kind)?.Name ?? kind);
        Fact(html, "Private", incident.Private ? "yes: only its participants and admins see it" : "no");
        Fact(html, "Impact", Or(incident.Impact));
        Fact(html, "Affected services", Or(incident.AffectedServices));
        Fact(html, "Description", Or(incident.Description));
        Fact(html, "Channel", "#" + incident.ChannelName);
        FactHtml(html, "Declared", $"{Html.Time(incident.DeclaredAt)} by {people.Html(incident.DeclaredBy)}");
        FactHtml(html, "Acknowledged", incident.AcknowledgedAt is { } ack ? $"{Html.Time(ack)} by {people.Html(incident.AcknowledgedBy)}" : "not yet");
        FactHtml(html, "Mitigated", Html.Time(incident.MitigatedAt));
        FactHtml(html, "Resolved", Html.Time(incident.ResolvedAt));
        if (incident.ClosedAt is { } closed) FactHtml(html, "Closed", Html.Time(closed));
        if (incident.Summary is { } summary) Fact(html, "Summary", summary);
        html.Append("</dl></section>");

        html.Append("<section aria-labelledby=\"roles\"><h2 id=\"roles\">Roles</h2><dl class=\"facts\">");
        FactHtml(html, "Commander", people.Html(incident.Commander));
        FactHtml(html, "Comms", incident.Comms is { } comms ? people.Html(comms) : "-");
        FactHtml(html, "Scribe", incident.Scribe is { } scribe ? people.Html(scribe) : "-");
        FactHtml(html, "Participants", people.Html(incident.Participants));
        html.Append("</dl></section>");

        if (incident.Deadlines.Count > 0)
        {
            html.Append("<section aria-labelledby=\"deadlines\"><h2 id=\"deadlines\">Deadline clocks</h2><ul class=\"clocks\">");
            foreach (var clock in incident.Deadlines)
            {
                var state = clock.StoppedAt is { } stopped
                    ? $"stopped {Html.Time(stopped)} by {people.Html(clock.StoppedBy)} ({Html.Text(clock.Notified)} notified)"
                    : clock.DueAt <= now ? $"<strong>overdue</strong> by {Html.Text(DurationText.Format(now - clock.DueAt))}"
                    : $"{Html.Text(DurationText.Format(clock.DueAt - now))} left";
                html.Append($"<li><strong>{Html.Text(clock.Name)}</strong>: due {Html.Time(clock.DueAt)}; {state}</li>");
            }
            html.Append("</ul></section>");
        }

        Table(html, "triage", "Triage answers", ["When", "Who", "Question", "Answer"], incident.TriageAnswers.Select(t => new[] { Html.Time(t.At), people.Html(t.Actor), Html.Text(t.Question), Html.Text(t.Answer) }));
        Table(html, "probes", "Probe results", ["Probe", "Result", "Status", "Took", "When", "What it said"], incident.Probes.Select(p => new[]
        {
            Html.Text(p.Name), p.Passed ? "passed" : "<strong>failed</strong>", p.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Html.Text(p.Failure ?? "-"),
            $"{p.ElapsedMs} ms", Html.Time(p.At), Html.Text(p.Excerpt),
        }));
        Table(html, "escalations", "Escalations", ["When", "Who", "Tier", "People", "Reason"], incident.Escalations.Select(e => new[]
        {
            Html.Time(e.At), e.Automatic ? "automatic" : people.Html(e.Actor), Html.Text($"{e.Tier} ({e.TierName})"), people.Html(e.People), Html.Text(e.Reason),
        }));
        Table(html, "pages", "Pages", ["When", "Who", "Pager", "Reason", "Acknowledged", "Resolved"], incident.Pages.Select(p => new[]
        {
            Html.Time(p.At), people.Html(p.Actor), Html.Text(p.Describe()), Html.Text(p.Reason), Html.Time(p.AcknowledgedAt), Html.Time(p.ResolvedAt),
        }));

        html.Append(ActionItemsView.Section(incident, people, now, antiforgery));
        html.Append(StatusPageView.Section(incident, runbook, people));

        html.Append($"<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">Timeline <span class=\"count\">({incident.Timeline.Count} entries)</span></h2><ol class=\"timeline\">");
        foreach (var entry in incident.Timeline)
            html.Append($"<li class=\"kind-{Html.Text(entry.Kind)}\">{Html.Time(entry.At)} <span class=\"actor\">{people.Html(entry.Actor)}</span> <span class=\"kind\">{Html.Text(entry.Kind)}</span> <span class=\"text\">{Html.Text(entry.Text)}</span></li>");
        html.Append("</ol></section>");
        return html.ToString();
    }

    private static string Or(string text) => text.Length == 0 ? "being assessed" : text;

    private static void Fact(StringBuilder html, string label, string value) => FactHtml(html, label, Html.Text(value));

    private static void FactHtml(StringBuilder html, string label, string value) => html.Append($"<dt>{Html.Text(label)}</dt><dd>{value}</dd>");

    private static void Table(StringBuilder html, string id, string title, string[] header, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        html.Append($"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{Html.Text(title)}</h2><table><thead><tr>")
            .Append(string.Concat(header.Select(h => $"<th scope=\"col\">{Html.Text(h)}</th>"))).Append("</tr></thead><tbody>");
        foreach (var row in list) html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{c}</td>"))).Append("</tr>");
        html.Append("</tbody></table></section>");
    }
}
