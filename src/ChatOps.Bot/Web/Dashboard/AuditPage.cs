using System.Text;
using ChatOps.Core.Audit;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The audit log, for the runbook's admins only: every command, press and form, from every front end.</summary>
public static class AuditPage
{
    public const int Count = 200;

    public static void MapAuditPage(this RouteGroupBuilder pages) =>
        pages.MapGet("/audit", async (HttpContext http, DashboardEngine engine, Runbook runbook, PersonNames people, CancellationToken ct) =>
        {
            var user = http.User();
            if (!user.IsAdmin(runbook.Access))
                return DashboardEndpoints.Page(DashboardLayout.Message("Audit log", user, runbook,
                    $"Only admins ({string.Join(", ", runbook.Access.Admins)}) may read the audit log."), StatusCodes.Status403Forbidden);
            var incident = http.Request.Query["incident"].FirstOrDefault()?.Trim().ToUpperInvariant() is { Length: > 0 } n ? n : null;
            await using var scope = engine.Services.CreateAsyncScope();
            var entries = await scope.ServiceProvider.GetRequiredService<IAuditLog>().LatestAsync(incident, Count, ct);
            return DashboardEndpoints.Page(DashboardLayout.Page("Audit log", user, runbook, DashboardRoutes.Audit, Body(entries, incident, people)));
        });

    private static string Body(IReadOnlyList<AuditEntry> entries, string? incident, PersonNames people)
    {
        var html = new StringBuilder($"<form method=\"get\" action=\"{DashboardRoutes.Audit}\" class=\"filters\" role=\"search\" aria-label=\"Filter the audit log\"><div>")
            .Append(Html.Input("a-incident", "incident", "Incident", incident)).Append("</div><div class=\"buttons\"><button type=\"submit\">Filter</button></div></form>")
            .Append($"<p class=\"count\">The latest {entries.Count} entries, newest first.</p>")
            .Append("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Platform</th><th scope=\"col\">Who</th><th scope=\"col\">Incident</th><th scope=\"col\">Outcome</th><th scope=\"col\">Command</th><th scope=\"col\">Why</th></tr></thead><tbody>");
        foreach (var e in entries.Reverse())
            html.Append($"<tr><td>{Html.Time(e.At)}</td><td>{Html.Text(e.Platform)}</td><td>{people.Html(e.Actor)}</td><td>")
                .Append(e.IncidentNumber is { } number ? $"<a href=\"{DashboardRoutes.Incident(number)}\">{Html.Text(number)}</a>" : "-")
                .Append($"</td><td>{Html.Text(e.Outcome.ToString().ToLowerInvariant())}</td><td>{Html.Text(e.Command)}</td><td>{Html.Text(e.Message ?? "")}</td></tr>");
        return html.Append("</tbody></table>").ToString();
    }
}
