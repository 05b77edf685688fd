using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incident page: what the engine said to the last action (with what was typed into a refused form kept), the
/// actions (acknowledge, post an update, add a note; notify, severity, escalate, resolve; publish to the status page;
/// add an action item), and the live part (<see cref="IncidentView"/>), which the page's script refreshes on the server's events while the
/// incident is open.
/// </summary>
public static class IncidentPageView
{
    public static string Body(Incident incident, Runbook runbook, PersonNames people, DateTimeOffset now, string antiforgery, (string Text, bool IsError)? said = null, TypedValues? typed = null)
    {
        var html = new StringBuilder();
        html.Append($"<p class=\"links\"><a href=\"{DashboardRoutes.PostMortem(incident.Number)}\">Post-mortem</a>")
            .Append($" · <a href=\"{DashboardRoutes.IncidentJson(incident.Number)}\">JSON</a></p>");
        if (said is { } reply)
            html.Append($"<p class=\"{(reply.IsError ? "notice" : "said")}\" role=\"{(reply.IsError ? "alert" : "status")}\">{Html.Text(reply.Text)}</p>");
        html.Append(Actions(incident, runbook, antiforgery, typed ?? TypedValues.None));
        var live = incident.IsActive
            ? $" data-live=\"{DashboardRoutes.Incident(incident.Number)}/events\" data-fragment=\"{DashboardRoutes.Incident(incident.Number)}/live\" aria-live=\"polite\""
            : "";
        html.Append($"<div id=\"live\"{live}>").Append(IncidentView.Live(incident, runbook, people, now, antiforgery)).Append("</div>");
        return html.ToString();
    }

    private static string Actions(Incident incident, Runbook runbook, string antiforgery, TypedValues typed)
    {
        var at = DashboardRoutes.Incident(incident.Number);
        var html = new StringBuilder("<section aria-labelledby=\"actions\" class=\"actions\"><h2 id=\"actions\">Actions</h2>");
        if (!incident.IsActive)
            return $"<section aria-labelledby=\"after\" class=\"after\"><h2 id=\"after\">After the incident</h2>{More(incident, runbook, antiforgery, typed)}</section>";
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
        return html.Append(More(incident, runbook, antiforgery, typed)).Append("</section>").ToString();
    }

    private static string More(Incident incident, Runbook runbook, string antiforgery, TypedValues typed) =>
        ResponseForms.Forms(incident, runbook, antiforgery, typed) + StatusPageForms.Forms(incident, runbook, antiforgery, typed)
        + "<h3>Add an action item</h3>" + ActionItemForms.Add(incident, antiforgery, typed);
}
