using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.StatusPage;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// What the incident showed the public, in its live part: the public title and address, the components it set, and
/// every public update as published. Shown when the runbook has a status page or something was published.
/// </summary>
public static class StatusPageView
{
    public static string Section(Incident incident, Runbook runbook, PersonNames people)
    {
        if (!runbook.StatusPage.IsEnabled && !incident.WasPublished) return "";
        var html = new StringBuilder("<section aria-labelledby=\"published\"><h2 id=\"published\">Published to customers</h2>");
        if (!incident.WasPublished)
            return html.Append("<p class=\"count\">Nothing published yet: the public sees nothing of this incident until a responder publishes an update.</p></section>").ToString();
        html.Append("<dl class=\"facts\">")
            .Append($"<dt>Public title</dt><dd>{Html.Text(incident.PublicTitle)}</dd>")
            .Append($"<dt>Public page</dt><dd><a href=\"/status/incidents/{Uri.EscapeDataString(incident.PublicId ?? "")}\">/status/incidents/{Html.Text(incident.PublicId)}</a></dd>")
            .Append($"<dt>Components</dt><dd>{(incident.AffectedComponents.Count == 0 ? "none set" : string.Join(", ", incident.AffectedComponents.Select(c => Html.Text($"{runbook.StatusPage.Find(c.Component)?.Name ?? c.Component}: {StatusWords.Label(c.Status)}"))))}</dd>");
        if (incident.PublicPostMortem is { } postMortem) html.Append($"<dt>Post-mortem</dt><dd>{Html.Text(postMortem)}</dd>");
        html.Append("</dl><table class=\"publications\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">Status</th><th scope=\"col\">Components</th><th scope=\"col\">Public message</th></tr></thead><tbody>");
        foreach (var update in incident.PublicUpdates)
            html.Append($"<tr><td>{Html.Time(update.At)}</td><td>{people.Html(update.Actor)}</td><td>{Html.Text(StatusWords.Of(update.Status))}</td>")
                .Append($"<td>{Html.Text(string.Join(", ", update.Components.Select(c => $"{c.Component}={StatusWords.Of(c.Status)}")))}</td><td class=\"text\">{Html.Text(update.Text)}</td></tr>");
        return html.Append("</tbody></table></section>").ToString();
    }
}
