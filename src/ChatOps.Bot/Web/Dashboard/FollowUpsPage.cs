using System.Text;
using ChatOps.Core.Access;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Open action items across incidents (<c>/dashboard/followups?owner=&amp;overdue=1</c>), grouped by owner: owners
/// with overdue items first, and in each group the overdue items first, each linking to its incident. A private
/// incident's items are shown only to its participants and admins, as <c>/incident followups</c> does.
/// </summary>
public static class FollowUpsPage
{
    public static void MapFollowUpsPage(this RouteGroupBuilder pages) =>
        pages.MapGet("/followups", async (HttpContext http, DashboardEngine engine, Runbook runbook, PersonNames names, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.User();
            var owner = http.Request.Query["owner"].FirstOrDefault()?.Trim() is { Length: > 0 } o ? o : null;
            var overdue = http.Request.Query["overdue"].FirstOrDefault() is "1" or "on" or "true";
            var now = time.GetUtcNow();
            await using var scope = engine.Services.CreateAsyncScope();
            var items = (await scope.ServiceProvider.GetRequiredService<IIncidentHistory>().WithOpenActionsAsync(ct))
                .Where(i => AccessCheck.CanSee(runbook.Access, user.Context(i.ChannelId), i))
                .SelectMany(i => i.Actions.Where(a => a.IsOpen).Select(a => new FollowUp(i, a)))
                .Where(x => owner is null || People.Same(x.Item.Owner, owner))
                .Where(x => !overdue || x.Item.IsOverdue(now))
                .ToList();
            return DashboardEndpoints.Page(DashboardLayout.Page("Follow-ups", user, runbook, DashboardRoutes.FollowUps, Body(items, owner, overdue, now, names)));
        });

    /// <summary>An open action item and the incident it belongs to.</summary>
    public sealed record FollowUp(Incident Incident, ActionItem Item);

    public static string Body(IReadOnlyList<FollowUp> items, string? owner, bool overdue, DateTimeOffset now, PersonNames names)
    {
        var html = new StringBuilder($"<form class=\"filters\" method=\"get\" action=\"{DashboardRoutes.FollowUps}\" role=\"search\" aria-label=\"Filter the follow-ups\">")
            .Append("<div>").Append(Html.Input("u-owner", "owner", "Owner", owner)).Append("</div>")
            .Append("<div class=\"check\">").Append($"<input id=\"u-overdue\" name=\"overdue\" type=\"checkbox\" value=\"1\"{(overdue ? " checked" : "")}><label for=\"u-overdue\">Overdue only</label>").Append("</div>")
            .Append($"<div class=\"buttons\"><button type=\"submit\">Filter</button> <a href=\"{DashboardRoutes.FollowUps}\">Clear</a></div></form>");
        var groups = items.GroupBy(x => People.Handle(x.Item.Owner), StringComparer.OrdinalIgnoreCase)
            .Select(g => (Owner: g.First().Item.Owner, Items: g.OrderByDescending(x => x.Item.IsOverdue(now)).ThenBy(x => x.Item.DueAt).ThenBy(x => x.Incident.Number, StringComparer.Ordinal).ToList()))
            .OrderByDescending(g => g.Items.Count(x => x.Item.IsOverdue(now))).ThenBy(g => People.Handle(g.Owner), StringComparer.OrdinalIgnoreCase)
            .ToList();
        var late = items.Count(x => x.Item.IsOverdue(now));
        html.Append($"<p class=\"count\" id=\"followup-count\">{items.Count} open follow-up{(items.Count == 1 ? "" : "s")}, {late} overdue, {groups.Count} owner{(groups.Count == 1 ? "" : "s")}. ")
            .Append("Add one in an incident with <code>/incident action add &lt;owner&gt; &lt;due&gt; &lt;text&gt;</code>.</p>");
        if (items.Count == 0)
            return html.Append($"<p class=\"empty\">{(owner is null && !overdue ? "No open follow-ups." : "No open follow-ups match this filter.")}</p>").ToString();
        foreach (var (who, list) in groups)
        {
            var overdueHere = list.Count(x => x.Item.IsOverdue(now));
            html.Append($"<section class=\"owner\" data-owner=\"{Html.Text(People.Handle(who))}\"><h2>{(names.Of(who) is null ? Html.Text(People.Plain(who)) : names.Html(who))} ")
                .Append($"<span class=\"count\">{list.Count} open{(overdueHere > 0 ? $", <span class=\"overdue\">{overdueHere} overdue</span>" : "")}</span></h2>")
                .Append("<table class=\"followups\"><thead><tr><th scope=\"col\">Incident</th><th scope=\"col\">Item</th><th scope=\"col\">Due</th><th scope=\"col\">State</th></tr></thead><tbody>");
            foreach (var (incident, item) in list)
            {
                var isLate = item.IsOverdue(now);
                html.Append($"<tr class=\"{(isLate ? "overdue" : "open")}\"><td><a href=\"{DashboardRoutes.Incident(incident.Number)}\">{Html.Text(incident.Number)}</a> {Html.Text(incident.Title)}")
                    .Append(incident.Private ? " <span class=\"badge private\">private</span>" : "")
                    .Append($"</td><td>#{item.Number} {Html.Text(item.Text)}</td><td>{Html.Time(item.DueAt)}</td>")
                    .Append($"<td>{(isLate ? $"<strong class=\"overdue\">{Html.Text(item.State(now))}</strong>" : Html.Text(item.State(now)))}</td></tr>");
            }
            html.Append("</tbody></table></section>");
        }
        return html.ToString();
    }
}
