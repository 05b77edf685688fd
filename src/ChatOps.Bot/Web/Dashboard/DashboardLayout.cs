using System.Text;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The page around every dashboard page: title, navigation, who is signed in (and "local mode" when nobody signed in
/// through a provider), the style sheet and the one script, all served by the app (no CDN, no inline script).
/// </summary>
public static class DashboardLayout
{
    public static string Page(string title, DashboardUser user, Runbook runbook, string current, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{Html.Text(title)} · ChatOps</title>")
            .Append($"<link rel=\"stylesheet\" href=\"{DashboardRoutes.Static}/dashboard.css\">")
            .Append($"<script src=\"{DashboardRoutes.Static}/dashboard.js\" defer></script>")
            .Append("</head><body>");
        html.Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header class=\"bar\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"").Append(DashboardRoutes.Home).Append("\">ChatOps</a><ul>");
        foreach (var link in DashboardNav.Links.Where(l => !l.AdminsOnly || user.IsAdmin(runbook.Access)))
        {
            var here = current.StartsWith(link.Path, StringComparison.Ordinal) ? " aria-current=\"page\"" : "";
            html.Append($"<li><a href=\"{link.Path}\"{here}>{Html.Text(link.Label)}</a></li>");
        }
        html.Append("</ul></nav><div class=\"who\">");
        if (user.Local) html.Append("<span class=\"badge local\" title=\"No identity provider is configured: the dashboard listens on loopback only and you are the shell user.\">local mode</span> ");
        html.Append($"<span class=\"user\">{Html.Text(user.Display)}</span>");
        if (!user.Local) html.Append($" <a href=\"{DashboardRoutes.SignOut}\">Sign out</a>");
        html.Append("</div></header>");
        html.Append($"<main id=\"main\" tabindex=\"-1\"><h1>{Html.Text(title)}</h1>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>A short page saying what went wrong (not found, not allowed) in the same frame.</summary>
    public static string Message(string title, DashboardUser user, Runbook runbook, string message) =>
        Page(title, user, runbook, "", $"<p class=\"notice\">{Html.Text(message)}</p><p><a href=\"{DashboardRoutes.Incidents}\">Back to the incidents</a></p>");
}
