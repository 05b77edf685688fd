using System.Text;
using ChatOps.Core.Access;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The post-mortem page: the post-mortem as it stands (the bot's sections current, people's sections as written),
/// rendered from Markdown, and for those who may write it an editor for each of the runbook's sections. A section's
/// form names the text it started from, so a save never overwrites someone else's newer text.
/// </summary>
public static class PostMortemPage
{
    public static string Body(Incident incident, Runbook runbook, string markdown, DashboardUser user, string antiforgery,
        (string Text, bool IsError)? said = null, (string Section, string Text, string BasedOn)? kept = null, PersonNames? people = null)
    {
        var html = new StringBuilder();
        html.Append($"<p class=\"links\"><a href=\"{DashboardRoutes.Incident(incident.Number)}\">Back to {Html.Text(incident.Number)}</a>")
            .Append($" · <a href=\"{DashboardRoutes.PostMortem(incident.Number)}.md\">Markdown</a>")
            .Append(incident.PostMortemFile is { } file ? $" · file: <code>{Html.Text(file)}</code>" : " · the file is written when the incident is resolved")
            .Append("</p>");
        if (said is { } reply)
            html.Append($"<p class=\"{(reply.IsError ? "notice" : "said")}\" role=\"{(reply.IsError ? "alert" : "status")}\">{Html.Text(reply.Text)}</p>");
        var writes = AccessCheck.Refusal(runbook.Access, IncidentAction.Note, user.Context(incident.ChannelId), incident) is null && incident.Status != IncidentStatus.Closed;
        if (writes && runbook.PostMortem.Sections.Count > 0)
        {
            html.Append("<section class=\"editor\" aria-labelledby=\"write\"><h2 id=\"write\">Write the post-mortem</h2>");
            var n = 0;
            foreach (var section in runbook.PostMortem.Sections)
            {
                var note = incident.PostMortemNote(section);
                var mine = kept is { } k && string.Equals(k.Section, section, StringComparison.OrdinalIgnoreCase) ? k : ((string Section, string Text, string BasedOn)?)null;
                var id = $"pm-{++n}";
                html.Append($"<form method=\"post\" action=\"{DashboardRoutes.PostMortem(incident.Number)}\">{antiforgery}")
                    .Append($"<input type=\"hidden\" name=\"section\" value=\"{Html.Text(section)}\">")
                    .Append($"<input type=\"hidden\" name=\"basedOn\" value=\"{Html.Text(mine?.BasedOn ?? PostMortemNote.Digest(note?.Text))}\">")
                    .Append($"<label for=\"{id}\">{Html.Text(section)}</label>")
                    .Append(note is null ? "" : $" <span class=\"count\">last written by {people?.Html(note.By) ?? Html.Text(note.By)}, {Html.Time(note.At)}</span>")
                    .Append($"<textarea id=\"{id}\" name=\"text\" rows=\"5\" maxlength=\"{Incident.MaxPostMortemSection}\">{Html.Text(mine?.Text ?? note?.Text)}</textarea>")
                    .Append($"<button type=\"submit\">Save {Html.Text(section)}</button></form>");
            }
            html.Append("</section>");
        }
        html.Append("<section aria-labelledby=\"rendered\"><h2 id=\"rendered\">As it reads</h2><article class=\"postmortem\">")
            .Append(MarkdownHtml.Render(markdown)).Append("</article></section>");
        return html.ToString();
    }
}
