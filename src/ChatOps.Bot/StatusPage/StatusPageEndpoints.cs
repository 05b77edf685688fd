using ChatOps.Bot.Persistence;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.StatusPage;

/// <summary>
/// The public status page, served without sign-in: <c>/status</c>, <c>/status/history</c>, <c>/status/incidents/{id}</c>,
/// <c>/status.json</c> (Statuspage's summary shape) and <c>/status/feed.atom</c>. Only what responders published shows.
/// </summary>
public static class StatusPageEndpoints
{
    public static IServiceCollection AddStatusPage(this IServiceCollection services)
    {
        services.AddScoped<PublicIncidents>();
        return services;
    }

    /// <summary>The status page on a server whose engine (and database) lives in another container: the shell's.</summary>
    public static IServiceCollection AddStatusPage(this IServiceCollection services, IServiceProvider engine)
    {
        services.AddScoped(_ => new EngineRequestScope(engine));
        services.AddScoped(sp => new PublicIncidents(sp.GetRequiredService<EngineRequestScope>().Get<ChatOpsDbContext>()));
        services.AddScoped(sp => sp.GetRequiredService<EngineRequestScope>().Get<EfMaintenanceCalendar>());
        return services;
    }

    public static WebApplication MapStatusPage(this WebApplication app)
    {
        app.MapGet("/status", async (HttpContext http, PublicIncidents incidents, EfMaintenanceCalendar maintenance, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            return Html(StatusPageHtml.Current(runbook.StatusPage, await incidents.ListAsync(now, ct), now, await maintenance.ListForPageAsync(now, ct)));
        });
        app.MapGet("/status/history", async (PublicIncidents incidents, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            return Html(StatusPageHtml.History(runbook.StatusPage, await incidents.ListAsync(now, ct), now));
        });
        app.MapGet("/status/incidents/{id}", async (string id, PublicIncidents incidents, Runbook runbook, CancellationToken ct) =>
            await incidents.FindAsync(id, ct) is { } incident
                ? Html(StatusPageHtml.Incident(runbook.StatusPage, incident))
                : Results.Content(StatusPageHtml.NotFound(runbook.StatusPage), "text/html; charset=utf-8", null, StatusCodes.Status404NotFound));
        app.MapGet("/status.json", async (HttpContext http, PublicIncidents incidents, EfMaintenanceCalendar maintenance, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var json = StatusPageJson.Summary(runbook.StatusPage, await incidents.ListAsync(now, ct), now, BaseUrl(http), await maintenance.ListForPageAsync(now, ct));
            return Results.Text(json.ToJsonString(), "application/json; charset=utf-8");
        });
        app.MapGet("/status/feed.atom", async (HttpContext http, PublicIncidents incidents, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            return Results.Text(StatusPageAtom.Feed(runbook.StatusPage, await incidents.ListAsync(now, ct), now, BaseUrl(http)), "application/atom+xml; charset=utf-8");
        });
        return app;
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
