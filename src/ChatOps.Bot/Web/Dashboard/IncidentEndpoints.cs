using System.Globalization;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incidents list, an incident's page, its live part and its server-sent events, and both as JSON. An incident this
/// person may not see (a private one they take no part in) is answered exactly as one that does not exist.
/// </summary>
public static class IncidentEndpoints
{
    /// <summary>How often a live page looks at the incident's version for changes made outside this process.</summary>
    public static readonly TimeSpan LivePoll = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void MapIncidentPages(this RouteGroupBuilder pages)
    {
        pages.MapGet("/incidents", async (HttpContext http, DashboardEngine engine, Runbook runbook, PersonNames people, CancellationToken ct) =>
        {
            var (filter, problems) = IncidentFilter.Read(http.Request.Query);
            var page = await QueryAsync(engine, q => q.ListAsync(filter, http.User(), runbook.Access, ct));
            return DashboardEndpoints.Page(DashboardLayout.Page(filter.Drills ? "Drills" : "Incidents", http.User(), runbook, DashboardRoutes.Incidents,
                IncidentsPage.Body(filter, problems, page, runbook, people)));
        });
        pages.MapGet("/api/incidents", async (HttpContext http, DashboardEngine engine, Runbook runbook, CancellationToken ct) =>
        {
            var (filter, problems) = IncidentFilter.Read(http.Request.Query);
            if (problems.Count > 0) return Results.BadRequest(new { errors = problems });
            var page = await QueryAsync(engine, q => q.ListAsync(filter, http.User(), runbook.Access, ct));
            return Results.Json(new { total = page.Total, page = filter.Page, hasMore = page.HasMore, incidents = page.Rows.Select(IncidentJson.Row) });
        });
        pages.MapGet("/api/incidents/{number}", async (string number, HttpContext http, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
            await QueryAsync(engine, q => q.FindVisibleAsync(number, http.User(), runbook.Access, ct)) is { } incident
                ? Results.Json(IncidentJson.Whole(incident, time.GetUtcNow()))
                : Results.NotFound(new { error = NotFound(number) }));
        pages.MapGet("/incidents/{number}", async (string number, HttpContext http, DashboardEngine engine, Runbook runbook, PersonNames people, TimeProvider time, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (await QueryAsync(engine, q => q.FindVisibleAsync(number, http.User(), runbook.Access, ct)) is not { } incident)
                return DashboardEndpoints.Page(DashboardLayout.Message("Not found", http.User(), runbook, NotFound(number)), StatusCodes.Status404NotFound);
            return DashboardEndpoints.Page(DashboardLayout.Page($"{incident.Number}: {incident.Title}", http.User(), runbook, DashboardRoutes.Incidents,
                IncidentPageView.Body(incident, runbook, people, time.GetUtcNow(), Html.Antiforgery(antiforgery.GetAndStoreTokens(http)))));
        });
        pages.MapGet("/incidents/{number}/live", async (string number, HttpContext http, DashboardEngine engine, Runbook runbook, PersonNames people, TimeProvider time, IAntiforgery antiforgery, CancellationToken ct) =>
            await QueryAsync(engine, q => q.FindVisibleAsync(number, http.User(), runbook.Access, ct)) is { } incident
                ? Results.Content(IncidentView.Live(incident, runbook, people, time.GetUtcNow(), Html.Antiforgery(antiforgery.GetAndStoreTokens(http))), "text/html; charset=utf-8")
                : Results.NotFound());
        pages.MapGet("/incidents/{number}/events", EventsAsync);
    }

    public static string NotFound(string number) => $"There is no incident {number.ToUpperInvariant()} that you can see.";

    /// <summary>
    /// Server-sent events for one incident: <c>changed</c> whenever its stored version moves (woken at once by this
    /// process's commits, and every <see cref="LivePoll"/> for other replicas'), a comment now and then to keep the
    /// connection open, until the browser leaves or the host stops.
    /// </summary>
    private static async Task EventsAsync(string number, HttpContext http, DashboardEngine engine, Runbook runbook, IHostApplicationLifetime lifetime, CancellationToken aborted)
    {
        if (await QueryAsync(engine, q => q.FindVisibleAsync(number, http.User(), runbook.Access, aborted)) is not { } incident)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping);
        var ct = stop.Token;
        var changes = engine.Services.GetRequiredService<DashboardChanges>();
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var seen = await QueryAsync(engine, q => q.VersionAsync(incident.Number, ct));
        await http.Response.WriteAsync($": watching {incident.Number}\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        var quiet = TimeSpan.Zero;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var next = changes.Next;
                var woke = await Task.WhenAny(next, Task.Delay(LivePoll, ct));
                await woke;
                var version = await QueryAsync(engine, q => q.VersionAsync(incident.Number, ct));
                if (version != seen)
                {
                    seen = version;
                    quiet = TimeSpan.Zero;
                    await http.Response.WriteAsync($"event: changed\ndata: {version.ToString(CultureInfo.InvariantCulture)}\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                }
                else if ((quiet += LivePoll) >= Heartbeat)
                {
                    quiet = TimeSpan.Zero;
                    await http.Response.WriteAsync(": still here\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public static async Task<T> QueryAsync<T>(DashboardEngine engine, Func<IncidentQuery, Task<T>> read)
    {
        await using var scope = engine.Services.CreateAsyncScope();
        return await read(new IncidentQuery(scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>()));
    }
}
