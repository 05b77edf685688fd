using System.Globalization;
using System.Net;
using System.Text;
using ChatOps.Core;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.StatusPage;

namespace ChatOps.Bot.StatusPage;

/// <summary>
/// The status page's HTML: no script, one small style sheet, readable on a phone. Every text a person wrote (public
/// titles, updates, the post-mortem) is HTML-escaped; nothing internal (number, internal title, who) is shown.
/// </summary>
public static class StatusPageHtml
{
    public static string Current(StatusPagePolicy page, IReadOnlyList<Incident> incidents, DateTimeOffset now, IReadOnlyList<ScheduledMaintenance>? maintenances = null)
    {
        var timeline = new ComponentTimeline(incidents);
        maintenances ??= [];
        var statuses = page.Components.Select(c => (Component: c, Status: ScheduledMaintenance.Overlay(timeline.At(c.Key, now), c.Key, maintenances, now))).ToList();
        var worst = statuses.Select(s => s.Status).DefaultIfEmpty(ComponentStatus.Operational).Max();
        var open = incidents.Where(i => i.WasPublished && i.PublicStatus != PublicStatus.Resolved).ToList();
        var body = new StringBuilder();
        body.Append($"<p class=\"banner {Css(worst)}\">{(worst == ComponentStatus.Operational ? "All systems operational" : E(StatusWords.Label(worst)))}</p>");
        if (open.Count > 0)
        {
            body.Append("<h2>Current incidents</h2>");
            foreach (var incident in open) IncidentBlock(body, page, incident, link: true);
        }
        MaintenanceBlock(body, page, maintenances, now);
        body.Append("<h2>Components</h2>");
        foreach (var group in statuses.GroupBy(s => s.Component.Group ?? ""))
        {
            if (group.Key.Length > 0) body.Append($"<h3>{E(group.Key)}</h3>");
            body.Append("<ul class=\"components\">");
            foreach (var (component, status) in group)
                body.Append($"<li><span class=\"name\">{E(component.Name)}</span><span class=\"state {Css(status)}\">{E(StatusWords.Label(status))}</span>"
                            + (component.Description.Length > 0 ? $"<small>{E(component.Description)}</small>" : "") + "</li>");
            body.Append("</ul>");
        }
        var recent = incidents.Where(i => i.WasPublished && i.PublicStatus == PublicStatus.Resolved && i.LastPublishedAt >= now.AddDays(-7)).ToList();
        if (recent.Count > 0)
        {
            body.Append("<h2>Resolved in the last 7 days</h2><ul class=\"past\">");
            foreach (var incident in recent) body.Append($"<li><a href=\"/status/incidents/{E(incident.PublicId!)}\">{E(incident.PublicTitle!)}</a> <time>{E(Clock.Format(incident.LastPublishedAt!.Value))}</time></li>");
            body.Append("</ul>");
        }
        body.Append($"<p class=\"foot\"><a href=\"/status/history\">History and uptime</a> · <a href=\"/status/feed.atom\">Atom feed</a> · <a href=\"/status.json\">JSON</a> · Updated {E(Clock.Format(now))}</p>");
        return Layout(page.Title, page.Title, body.ToString());
    }

    public static string History(StatusPagePolicy page, IReadOnlyList<Incident> incidents, DateTimeOffset now)
    {
        var body = new StringBuilder($"<p><a href=\"/status\">Current status</a></p><h2>Uptime, last {StatusPageDays.Days} days</h2>");
        foreach (var component in page.Components)
        {
            var history = StatusPageDays.For(component.Key, incidents, now);
            body.Append($"<section class=\"uptime\"><h3>{E(component.Name)} <span class=\"pct\">{Percent(history.Uptime)} uptime</span></h3><div class=\"bars\">");
            foreach (var day in history.Days)
                body.Append($"<span class=\"bar {Css(day.Worst)}\" title=\"{E(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}: {Percent(day.Uptime)}\"></span>");
            body.Append("</div></section>");
        }
        var past = incidents.Where(i => i.WasPublished).OrderByDescending(i => i.PublicUpdates[0].At).ToList();
        body.Append("<h2>Incidents</h2>");
        if (past.Count == 0) body.Append("<p>No incidents in this period.</p>");
        else
        {
            body.Append("<ul class=\"past\">");
            foreach (var incident in past)
                body.Append($"<li><a href=\"/status/incidents/{E(incident.PublicId!)}\">{E(incident.PublicTitle!)}</a> <span class=\"state\">{E(StatusWords.Label(incident.PublicStatus!.Value))}</span> <time>{E(Clock.Format(incident.PublicUpdates[0].At))}</time></li>");
            body.Append("</ul>");
        }
        return Layout($"{page.Title}: history", page.Title, body.ToString());
    }

    public static string Incident(StatusPagePolicy page, Incident incident)
    {
        var body = new StringBuilder("<p><a href=\"/status\">Current status</a> · <a href=\"/status/history\">History</a></p>");
        IncidentBlock(body, page, incident, link: false);
        if (incident.PublicPostMortem is { } postMortem)
        {
            body.Append("<h2>Post-mortem</h2>");
            body.Append(Uri.TryCreate(postMortem, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? $"<p><a href=\"{E(url.AbsoluteUri)}\" rel=\"nofollow noopener\">{E(postMortem)}</a></p>"
                : $"<p>{Text(postMortem)}</p>");
        }
        return Layout($"{incident.PublicTitle} - {page.Title}", page.Title, body.ToString());
    }

    public static string NotFound(StatusPagePolicy page) =>
        Layout("Not found", page.Title.Length > 0 ? page.Title : "Status", "<p>There is no such public incident. <a href=\"/status\">Current status</a></p>");

    private static void IncidentBlock(StringBuilder body, StatusPagePolicy page, Incident incident, bool link)
    {
        var title = E(incident.PublicTitle ?? StatusPageFlow.DefaultTitle);
        body.Append("<article class=\"incident\"><h3>")
            .Append(link ? $"<a href=\"/status/incidents/{E(incident.PublicId!)}\">{title}</a>" : title)
            .Append("</h3>");
        var affected = incident.AffectedComponents.Select(c => page.Find(c.Component)?.Name ?? c.Component).ToList();
        if (affected.Count > 0) body.Append($"<p class=\"affected\">Affects: {E(string.Join(", ", affected))}</p>");
        body.Append("<ol class=\"updates\">");
        foreach (var update in incident.PublicUpdates.Reverse())
            body.Append($"<li><strong>{E(StatusWords.Label(update.Status))}</strong> <time datetime=\"{E(update.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}\">{E(Clock.Format(update.At))}</time><p>{Text(update.Text)}</p></li>");
        body.Append("</ol></article>");
    }

    private static void MaintenanceBlock(StringBuilder body, StatusPagePolicy page, IReadOnlyList<ScheduledMaintenance> maintenances, DateTimeOffset now)
    {
        var shown = maintenances.Where(m => m.IsShownAt(now)).OrderBy(m => m.From).ToList();
        if (shown.Count == 0) return;
        body.Append("<h2>Scheduled maintenance</h2>");
        foreach (var m in shown)
        {
            var state = m.StateAt(now) == MaintenanceState.InProgress ? "In progress" : "Scheduled";
            var names = m.Components.Select(c => page.Find(c)?.Name ?? c);
            body.Append($"<article class=\"incident maintenance\"><h3>{E(string.Join(", ", names))} <span class=\"state under-maintenance\">{state}</span></h3>")
                .Append($"<p class=\"window\"><time datetime=\"{E(Iso(m.From))}\">{E(Clock.Format(m.From))}</time> to <time datetime=\"{E(Iso(m.To))}\">{E(Clock.Format(m.To))}</time></p>")
                .Append($"<p>{Text(m.Text)}</p></article>");
        }
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Css(ComponentStatus status) => StatusWords.Of(status).Replace('_', '-');

    /// <summary>Escaped, with its line breaks kept.</summary>
    private static string Text(string text) => E(text).ReplaceLineEndings("<br>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Layout(string title, string heading, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}}</title>
        <link rel="alternate" type="application/atom+xml" href="/status/feed.atom" title="Incidents">
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
        main{max-width:760px;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1.05rem;margin:.6rem 0}
        .banner{padding:1rem;border-radius:6px;color:#fff;font-weight:600;font-size:1.1rem}
        .operational{background:#2da44e}.degraded-performance{background:#d4a72c}.partial-outage{background:#e16f24}
        .major-outage{background:#cf222e}.under-maintenance{background:#0969da}
        ul.components{list-style:none;padding:0;margin:0;background:#fff;border:1px solid #d0d7de;border-radius:6px}
        ul.components li{padding:.7rem 1rem;border-top:1px solid #d0d7de;display:flex;flex-wrap:wrap;justify-content:space-between;gap:.3rem}
        ul.components li:first-child{border-top:0}
        ul.components small{flex-basis:100%;color:#57606a}
        .state{color:#fff;border-radius:1rem;padding:0 .6rem;font-size:.9rem}
        .incident{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem;margin:.8rem 0}
        .updates{list-style:none;padding:0}.updates li{border-top:1px solid #eaeef2;padding:.5rem 0}
        .updates p{margin:.3rem 0;overflow-wrap:anywhere}
        time{color:#57606a;font-size:.9rem}
        .bars{display:flex;gap:1px;height:2rem}.bar{flex:1;border-radius:1px}
        .pct{font-weight:400;color:#57606a;font-size:.9rem}
        .foot{margin-top:2rem;color:#57606a;font-size:.9rem}
        a{color:#0969da}
        </style>
        </head>
        <body><main><h1>{{E(heading)}}</h1>
        {{body}}
        </main></body>
        </html>
        """;
}
