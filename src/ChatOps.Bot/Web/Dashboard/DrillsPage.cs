using System.Text;
using ChatOps.Core.Drills;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The drill log (<c>/dashboard/drills</c>), newest drill first, each row its scorecard (every timed phase met or
/// MISSED by how much, the RTO, the gap named) with a link to the drill's incident; then when each schedule's next
/// drill is due and which scenario's turn it is.
/// </summary>
public static class DrillsPage
{
    public static void MapDrillsPage(this RouteGroupBuilder pages) =>
        pages.MapGet("/drills", async (HttpContext http, DashboardEngine engine, Runbook runbook, PersonNames names, TimeProvider time, CancellationToken ct) =>
        {
            await using var scope = engine.Services.CreateAsyncScope();
            var log = scope.ServiceProvider.GetRequiredService<IDrillLog>();
            var entries = await log.ListAsync(ct);
            var states = new List<(DrillSchedule, DrillScheduleState?)>();
            foreach (var schedule in runbook.Drills.Schedules) states.Add((schedule, await log.ScheduleStateAsync(schedule.Name, ct)));
            return DashboardEndpoints.Page(DashboardLayout.Page("Drills", http.User(), runbook, DashboardRoutes.Drills, Body(entries, states, runbook, time.GetUtcNow(), names)));
        });

    public static string Body(IReadOnlyList<DrillLogEntry> entries, IReadOnlyList<(DrillSchedule Schedule, DrillScheduleState? State)> schedules, Runbook runbook, DateTimeOffset now, PersonNames names)
    {
        var html = new StringBuilder("<h2>Drill log</h2>");
        html.Append($"<p class=\"count\" id=\"drill-count\">{entries.Count} drill{(entries.Count == 1 ? "" : "s")} ended, newest first. Start one in chat with <code>/incident drill start &lt;scenario&gt;</code>; ")
            .Append($"<a href=\"{DashboardRoutes.Incidents}?drills=1\">all drill incidents</a>.</p>");
        if (entries.Count > 0)
        {
            html.Append("<table class=\"drills\" aria-describedby=\"drill-count\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Drill</th><th scope=\"col\">Scenario</th><th scope=\"col\">Operator</th>")
                .Append("<th scope=\"col\">Detect</th><th scope=\"col\">Mitigate</th><th scope=\"col\">Post-mortem</th><th scope=\"col\">RTO</th><th scope=\"col\">Score</th><th scope=\"col\">Gap identified</th></tr></thead><tbody>");
            foreach (var entry in entries.OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id))
            {
                var scores = new[]
                {
                    new DrillScore("Detect", entry.Detect, entry.DetectTarget, "start"),
                    new DrillScore("Mitigate", entry.Mitigate, entry.MitigateTarget, "start"),
                    new DrillScore("Post-mortem", entry.PostMortem, entry.PostMortemTarget, "resolution"),
                    new DrillScore(DrillScorecard.RtoPhase, entry.Rto, entry.RtoTarget, "start"),
                };
                var judged = scores.Where(s => s.Met is not null).ToList();
                html.Append($"<tr data-drill=\"{Html.Text(entry.Incident)}\"><td>{Html.Time(entry.StartedAt)}</td>")
                    .Append($"<td><a href=\"{DashboardRoutes.Incident(entry.Incident)}\">{Html.Text(entry.Incident)}</a></td>")
                    .Append($"<td>{Html.Text(entry.ScenarioName)} <span class=\"muted\">({Html.Text(entry.Scenario)})</span></td><td>{names.Html(entry.Operator)}</td>");
                foreach (var score in scores) html.Append(Verdict(score));
                html.Append($"<td>{(judged.Count == 0 ? "no targets" : $"{judged.Count(s => s.Met == true)} of {judged.Count} targets met")}</td><td>{Html.Text(entry.Gap)}</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append("<h2>Scheduled drills</h2>");
        if (schedules.Count == 0)
            return html.Append("<p class=\"empty\">This runbook schedules no drills; add <code>drills.schedule</code> (cron, owner, rotation) to be reminded when one is due.</p>").ToString();
        html.Append("<table class=\"schedules\"><thead><tr><th scope=\"col\">Schedule</th><th scope=\"col\">Next due (UTC)</th><th scope=\"col\">Scenario</th><th scope=\"col\">Owner</th><th scope=\"col\">Cron</th><th scope=\"col\">Rotation</th></tr></thead><tbody>");
        foreach (var (schedule, state) in schedules)
        {
            // As /incident drill schedule says: the first cron time after the last reminder (or now, before the first).
            var due = schedule.NextAfter(state?.Since ?? now);
            var turn = schedule.ScenarioAt(state?.Reminded ?? 0);
            var when = due is not { } at ? "never again (the cron has no later time)"
                : at <= now ? $"{Html.Time(at)} (due now)"
                : $"{Html.Time(at)} (in {Html.Text(DurationText.Approximate(at - now))})";
            html.Append($"<tr><td>{Html.Text(schedule.Name)}</td><td>{when}</td><td>{Html.Text(runbook.Drills.Find(turn)?.Name ?? turn)} <span class=\"muted\">({Html.Text(turn)})</span></td>")
                .Append($"<td>{names.Html(schedule.Owner)}</td><td><code>{Html.Text(schedule.Cron)}</code></td><td>{Html.Text(string.Join(", ", schedule.Rotation))}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string Verdict(DrillScore score) => (score.Taken, score.Target) switch
    {
        (null, null) => "<td>-</td>",
        _ => $"<td class=\"verdict {(score.Met switch { true => "met", false => "missed", null => "untimed" })}\">{Html.Text(score.Verdict)}</td>",
    };
}
