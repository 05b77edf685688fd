using System.Globalization;
using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The incidents list: a filter form (every control labelled), then a table of one page of incidents.</summary>
public static class IncidentsPage
{
    public static string Body(IncidentFilter filter, IReadOnlyList<string> problems, IncidentPage page, Runbook runbook, PersonNames people)
    {
        var html = new StringBuilder();
        foreach (var problem in problems) html.Append($"<p class=\"notice\" role=\"alert\">{Html.Text(problem)}</p>");
        html.Append($"<form class=\"filters\" method=\"get\" action=\"{DashboardRoutes.Incidents}\" role=\"search\" aria-label=\"Filter incidents\">");
        html.Append("<div>").Append(Html.Input("f-q", "q", "Text", filter.Text, "search")).Append("</div>");
        html.Append("<div>").Append(Html.Select("f-severity", "severity", "Severity", filter.Severity,
            [("", "any"), .. runbook.Severities.Select(s => (s.Key, $"{s.Key} ({s.Name})"))])).Append("</div>");
        html.Append("<div>").Append(Html.Select("f-status", "status", "Status", filter.Status,
            [("", "any"), ("open", "open"), ("past", "past"), .. Enum.GetValues<IncidentStatus>().Select(s => (s.ToString().ToLowerInvariant(), s.ToString().ToLowerInvariant()))])).Append("</div>");
        html.Append("<div>").Append(Html.Input("f-service", "service", "Service", filter.Service)).Append("</div>");
        html.Append("<div>").Append(Html.Select("f-kind", "kind", "Kind", filter.Kind,
            [("", "any"), .. runbook.Kinds.Select(k => (k.Key, k.Name))])).Append("</div>");
        html.Append("<div>").Append(Html.Input("f-from", "from", "Declared from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date")).Append("</div>");
        html.Append("<div>").Append(Html.Input("f-to", "to", "Declared to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date")).Append("</div>");
        if (filter.Drills) html.Append("<input type=\"hidden\" name=\"drills\" value=\"1\">");
        html.Append("<div class=\"buttons\"><button type=\"submit\">Filter</button> ")
            .Append($"<a href=\"{DashboardRoutes.Incidents}{(filter.Drills ? "?drills=1" : "")}\">Clear</a></div></form>");
        html.Append("<p class=\"apart\">")
            .Append(filter.Drills
                ? $"Showing drills. <a href=\"{DashboardRoutes.Incidents}\">Show real incidents</a>"
                : $"Drills are listed apart: <a href=\"{DashboardRoutes.Incidents}?drills=1\">show drills</a>")
            .Append("</p>");
        var first = (filter.Page - 1) * IncidentFilter.PageSize;
        html.Append($"<p class=\"count\" id=\"count\">{page.Total} incident{(page.Total == 1 ? "" : "s")}{(page.Rows.Count > 0 ? $", {first + 1}–{first + page.Rows.Count} shown" : "")}.</p>");
        if (page.Rows.Count > 0)
        {
            html.Append("<table class=\"incidents\" aria-describedby=\"count\"><thead><tr><th scope=\"col\">Incident</th><th scope=\"col\">Title</th><th scope=\"col\">Severity</th>")
                .Append("<th scope=\"col\">Status</th><th scope=\"col\">Services</th><th scope=\"col\">Kind</th><th scope=\"col\">Declared</th><th scope=\"col\">Resolved</th><th scope=\"col\">Commander</th></tr></thead><tbody>");
            foreach (var row in page.Rows)
            {
                html.Append($"<tr class=\"{(row.Status is IncidentStatus.Resolved or IncidentStatus.Closed ? "past" : "open")}\">")
                    .Append($"<td><a href=\"{DashboardRoutes.Incident(row.Number)}\">{Html.Text(row.Number)}</a>{(row.Private ? " <span class=\"badge private\">private</span>" : "")}</td>")
                    .Append($"<td>{Html.Text(row.Title)}</td><td><span class=\"sev\">{Html.Text(row.SeverityKey)}</span></td>")
                    .Append($"<td>{Html.Text(row.Status.ToString().ToLowerInvariant())}</td><td>{Html.Text(row.AffectedServices)}</td><td>{Html.Text(row.Kind ?? "")}</td>")
                    .Append($"<td>{Html.Time(row.DeclaredAt)}</td><td>{Html.Time(row.ResolvedAt)}</td><td>{people.Html(row.Commander)}</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("<nav class=\"pages\" aria-label=\"Pages\">");
        if (filter.Page > 1) html.Append($"<a rel=\"prev\" href=\"{DashboardRoutes.Incidents}{filter.QueryFor(filter.Page - 1)}\">Newer</a> ");
        if (page.HasMore) html.Append($"<a rel=\"next\" href=\"{DashboardRoutes.Incidents}{filter.QueryFor(filter.Page + 1)}\">Older</a>");
        html.Append("</nav>");
        return html.ToString();
    }
}
