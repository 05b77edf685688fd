using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incident page: what the engine said to the last action, the actions (acknowledge, post an update, add a note),
/// and the live part (<see cref="IncidentView"/>), which the page's script refreshes on the server's events while the
/// incident is open.
/// </summary>
public static class IncidentPageView
{
    public static string Body(Incident incident, Runbook runbook, DateTimeOffset now, string antiforgery, (string Text, bool IsError)? said = null)
    {
        var html = new StringBuilder();
        html.Append($"<p class=\"links\"><a href=\"{DashboardRoutes.PostMortem(incident.Number)}\">Post-mortem</a>")
            .Append($" · <a href=\"{DashboardRoutes.IncidentJson(incident.Number)}\">JSON</a></p>");
        if (said is { } reply)
            html.Append($"<p class=\"{(reply.IsError ? "notice" : "said")}\" role=\"{(reply.IsError ? "alert" : "status")}\">{Html.Text(reply.Text)}</p>");
        if (incident.IsActive) html.Append(Actions(incident, antiforgery));
        var live = incident.IsActive
            ? $" data-live=\"{DashboardRoutes.Incident(incident.Number)}/events\" data-fragment=\"{DashboardRoutes.Incident(incident.Number)}/live\" aria-live=\"polite\""
            : "";
        html.Append($"<div id=\"live\"{live}>").Append(IncidentView.Live(incident, runbook, now)).Append("</div>");
        return html.ToString();
    }

    private static string Actions(Incident incident, string antiforgery)
    {
        var at = DashboardRoutes.Incident(incident.Number);
        var html = new StringBuilder("<section aria-labelledby=\"actions\" class=\"actions\"><h2 id=\"actions\">Actions</h2>");
        if (incident.AcknowledgedAt is null)
            html.Append($"<form method=\"post\" action=\"{at}/acknowledge\">{antiforgery}<button type=\"submit\">Acknowledge</button></form>");
        html.Append($"<form method=\"post\" action=\"{at}/update\">{antiforgery}")
            .Append(Html.Select("u-status", "status", "Status", incident.Status.ToString().ToLowerInvariant(),
                [("investigating", "investigating"), ("identified", "identified"), ("monitoring", "monitoring")]))
            .Append("<label for=\"u-message\">Update</label><textarea id=\"u-message\" name=\"message\" rows=\"2\" required maxlength=\"3000\"></textarea>")
            .Append("<button type=\"submit\">Post update</button></form>");
        html.Append($"<form method=\"post\" action=\"{at}/note\">{antiforgery}")
            .Append("<label for=\"n-text\">Note</label><textarea id=\"n-text\" name=\"text\" rows=\"2\" required maxlength=\"3000\"></textarea>")
            .Append("<button type=\"submit\">Add note</button></form>");
        return html.Append("</section>").ToString();
    }
}
