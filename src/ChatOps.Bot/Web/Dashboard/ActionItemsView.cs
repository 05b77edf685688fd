using System.Globalization;
using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incident's action items in its live part: number, text, owner, due date and state (open, overdue or done), and
/// a Done button on each open one (the same command as <c>/incident action done N</c>) when the page can post forms.
/// </summary>
public static class ActionItemsView
{
    public static string Section(Incident incident, PersonNames people, DateTimeOffset now, string? antiforgery)
    {
        if (incident.Actions.Count == 0) return "";
        var html = new StringBuilder("<section aria-labelledby=\"action-items\"><h2 id=\"action-items\">Action items</h2><table class=\"action-items\"><thead><tr>")
            .Append("<th scope=\"col\">#</th><th scope=\"col\">What</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">State</th>")
            .Append(antiforgery is null ? "" : "<th scope=\"col\">Complete</th>").Append("</tr></thead><tbody>");
        foreach (var item in incident.Actions.OrderBy(a => a.Number))
        {
            var number = item.Number.ToString(CultureInfo.InvariantCulture);
            var (state, css) = item.DoneAt is { } done ? ($"done {Html.Time(done)} by {people.Html(item.DoneBy)}", "done")
                : item.IsOverdue(now) ? ($"<strong>overdue</strong> by {Html.Text(DurationText.Approximate(now - item.DueAt))}", "overdue")
                : ("open", "open");
            html.Append($"<tr class=\"{css}\"><td>{number}</td><td>{Html.Text(item.Text)}</td><td>{people.Html(item.Owner)}</td><td>{Html.Time(item.DueAt)}</td><td class=\"state\">{state}</td>");
            if (antiforgery is not null)
                html.Append("<td>").Append(item.IsOpen
                    ? $"<form method=\"post\" action=\"{DashboardRoutes.Incident(incident.Number)}/actions/done\">{antiforgery}<input type=\"hidden\" name=\"{ActionItemForms.Number}\" value=\"{number}\"><button type=\"submit\" aria-label=\"Mark action #{number} done\">Done</button></form>"
                    : "").Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></section>").ToString();
    }
}
