using System.Text;
using ChatOps.Core.Learning;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The report as charts (<c>/dashboard/metrics?by=week|month&amp;since=90d&amp;severity=&amp;service=</c>) and as JSON
/// (<c>/dashboard/api/report</c>, the figures of <c>/incident report</c>), counting only the incidents the viewer may see.
/// Both read the engine's history; the clock is the engine's too (the dashboard's server is given it).
/// </summary>
public static class MetricsPage
{
    public const string DefaultSince = "90d";
    public const string NoIncidents = "No incidents in this period.";

    public static void MapMetricsPage(this RouteGroupBuilder pages)
    {
        pages.MapGet("/metrics", async (HttpContext http, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            var user = http.User();
            var (metrics, error) = MetricsQuery.Read(http.Request.Query, charts: true);
            if (metrics is null) return Refused(http, runbook, error!);
            var now = time.GetUtcNow();
            var (query, visible, problem) = await metrics.SelectAsync(engine, runbook, user, now, DefaultSince, ct);
            if (query is null) return Refused(http, runbook, problem!, metrics);
            var series = ReportSeries.Compute(visible, runbook, query, metrics.By, now);
            return DashboardEndpoints.Page(DashboardLayout.Page("Metrics", user, runbook, DashboardRoutes.Metrics, Form(metrics, runbook) + MetricsCharts.Body(series, DashboardRoutes.ReportJson + Html.Query([("since", metrics.Since), ("severity", metrics.Severity), ("service", metrics.Service)]))));
        });
        pages.MapGet("/api/report", async (HttpContext http, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            var (metrics, error) = MetricsQuery.Read(http.Request.Query, charts: false);
            if (metrics is null) return Results.Json(new { error }, statusCode: StatusCodes.Status400BadRequest);
            var now = time.GetUtcNow();
            var (query, visible, problem) = await metrics.SelectAsync(engine, runbook, http.User(), now, "", ct);
            return query is null
                ? Results.Json(new { error = problem }, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(ReportJson.From(IncidentReport.Compute(visible, runbook, query, now)));
        });
    }

    private static IResult Refused(HttpContext http, Runbook runbook, string error, MetricsQuery? metrics = null) =>
        DashboardEndpoints.Page(DashboardLayout.Page("Metrics", http.User(), runbook, DashboardRoutes.Metrics,
            $"<p class=\"notice\" role=\"alert\">{Html.Text(error)}</p>" + Form(metrics ?? new MetricsQuery(null, null, null, ReportBucket.Week), runbook)), StatusCodes.Status400BadRequest);

    private static string Form(MetricsQuery metrics, Runbook runbook) => new StringBuilder()
        .Append($"<form class=\"filters\" method=\"get\" action=\"{DashboardRoutes.Metrics}\" role=\"search\" aria-label=\"Choose the metrics\">")
        .Append("<div>").Append(Html.Select("m-by", "by", "Per", metrics.By.ToString(), [("week", "week"), ("month", "month")])).Append("</div>")
        .Append("<div>").Append(Html.Input("m-since", "since", "Since (30d, 90d or YYYY-MM)", metrics.Since ?? DefaultSince)).Append("</div>")
        .Append("<div>").Append(Html.Select("m-severity", "severity", "Severity", metrics.Severity,
            [("", "any"), .. runbook.Severities.Select(s => (s.Key, $"{s.Key} ({s.Name})"))])).Append("</div>")
        .Append("<div>").Append(Html.Input("m-service", "service", "Service", metrics.Service)).Append("</div>")
        .Append("<div class=\"buttons\"><button type=\"submit\">Show</button></div></form>")
        .ToString();
}
