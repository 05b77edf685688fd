using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;
using ChatOps.Core.Ports;
using ChatOps.Bot.Web.Dashboard;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Web;

/// <summary>
/// <c>GET /dashboard/api/report?since=30d|90d|YYYY-MM&amp;severity=SEV&amp;service=NAME</c>: the figures of
/// <c>/incident report</c> as JSON (shape in the README, "Reports"). A period, severity or option it cannot read is a
/// 400 with the reason. It reads aggregates only, but they count private incidents too, so it is part of the dashboard
/// and behind its sign-in (an unauthenticated call is a 401, as every <c>/dashboard/api</c> call).
/// </summary>
public static class ReportEndpoint
{
    public const string Path = DashboardRoutes.Api + "/report";

    private static readonly string[] Known = ["since", "severity", "service"];

    /// <summary>Maps the report into the dashboard's signed-in group, reading the engine's services (the shell's in local mode).</summary>
    public static void MapReport(this RouteGroupBuilder dashboard) => dashboard.MapGet(Path[DashboardRoutes.Root.Length..], async (HttpContext http, DashboardEngine engine, CancellationToken ct) =>
    {
        if (http.Request.Query.Keys.FirstOrDefault(k => !Known.Contains(k, StringComparer.Ordinal)) is { } unknown)
            return Error($"Unknown parameter '{unknown}'; use since, severity and service.");
        if (http.Request.Query.Any(q => q.Value.Count > 1)) return Error("Give each parameter once.");
        string? Value(string key) => http.Request.Query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;
        await using var scope = engine.Services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var (query, error) = ReportQuery.Read(Value("since"), Value("severity"), Value("service"), now);
        if (query is null) return Error(error!);
        try
        {
            var report = await IncidentReport.BuildAsync(scope.ServiceProvider.GetRequiredService<IIncidentHistory>(),
                scope.ServiceProvider.GetRequiredService<Runbook>(), query, now, ct);
            return Results.Json(ReportJson.From(report));
        }
        catch (IncidentRuleException rule)
        {
            return Error(rule.Message);
        }
    });

    private static IResult Error(string message) => Results.Json(new { error = message }, statusCode: StatusCodes.Status400BadRequest);
}
