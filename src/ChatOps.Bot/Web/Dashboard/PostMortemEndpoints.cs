using ChatOps.Bot.Persistence;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The post-mortem: read (HTML or Markdown), and each section written through the engine.</summary>
public static class PostMortemEndpoints
{
    public static void MapPostMortemPages(this RouteGroupBuilder pages)
    {
        pages.MapGet("/incidents/{number}/postmortem", async (string number, HttpContext http, DashboardEngine engine, Runbook runbook, TimeProvider time, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, http.User(), runbook.Access, ct)) is not { } incident)
                return NotFound(http, runbook, number);
            return Show(http, incident, runbook, await RenderAsync(engine, incident, runbook, time, ct), antiforgery);
        });
        pages.MapGet("/incidents/{number}/postmortem.md", async (string number, HttpContext http, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
            await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, http.User(), runbook.Access, ct)) is { } incident
                ? Results.Text(await RenderAsync(engine, incident, runbook, time, ct), "text/markdown; charset=utf-8")
                : Results.NotFound());
        pages.MapPost("/incidents/{number}/postmortem", async (string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
        {
            if (await DashboardEndpoints.FormRefusalAsync(http, antiforgery) is { } refused) return refused;
            var user = http.User();
            if (await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, user, runbook.Access, ct)) is not { } incident)
                return NotFound(http, runbook, number);
            var form = await http.Request.ReadFormAsync(ct);
            var (section, text, basedOn) = (form["section"].ToString(), form["text"].ToString(), form["basedOn"].ToString());
            var reply = await front.RunAsync(user, incident, new WritePostMortemCommand(section, text, basedOn), ct);
            var now = await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, user, runbook.Access, ct)) ?? incident;
            // A refused save keeps what the person wrote in the editor, based on what they started from, so nothing typed is lost.
            var kept = reply.IsError ? (section, text, basedOn) : ((string, string, string)?)null;
            return Show(http, now, runbook, await RenderAsync(engine, now, runbook, time, ct), antiforgery, (reply.FailureText ?? reply.Text, reply.IsError), kept,
                reply.IsError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
        });
    }

    private static IResult Show(HttpContext http, Incident incident, Runbook runbook, string markdown, IAntiforgery antiforgery,
        (string, bool)? said = null, (string, string, string)? kept = null, int status = StatusCodes.Status200OK) =>
        DashboardEndpoints.Page(DashboardLayout.Page($"Post-mortem: {incident.Number}", http.User(), runbook, DashboardRoutes.Incidents,
            PostMortemPage.Body(incident, runbook, markdown, http.User(), Html.Antiforgery(antiforgery.GetAndStoreTokens(http)), said, kept, http.RequestServices.GetRequiredService<PersonNames>())), status);

    private static IResult NotFound(HttpContext http, Runbook runbook, string number) =>
        DashboardEndpoints.Page(DashboardLayout.Message("Not found", http.User(), runbook, IncidentEndpoints.NotFound(number)), StatusCodes.Status404NotFound);

    /// <summary>The post-mortem as the engine would write it now.</summary>
    private static async Task<string> RenderAsync(DashboardEngine engine, Incident incident, Runbook runbook, TimeProvider time, CancellationToken ct)
    {
        await using var scope = engine.Services.CreateAsyncScope();
        var people = await PostMortemPeople.FindAsync(scope.ServiceProvider.GetRequiredService<IPeopleDirectory>(), incident, ct);
        return PostMortemRenderer.Render(incident, runbook, time.GetUtcNow(), people);
    }
}
