using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incident page's forms: acknowledge, post an update, add a note. Each needs its anti-forgery token, becomes the
/// command chat would make, and answers with the incident page and what the engine said.
/// </summary>
public static class ActionEndpoints
{
    public static void MapIncidentActions(this RouteGroupBuilder pages)
    {
        pages.MapPost("/incidents/{number}/acknowledge", (string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
            ActAsync(number, http, antiforgery, front, engine, runbook, time, _ => new AcknowledgeCommand(), ct));
        pages.MapPost("/incidents/{number}/update", (string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
            ActAsync(number, http, antiforgery, front, engine, runbook, time, form =>
                Enum.TryParse<IncidentStatus>(form["status"].ToString(), true, out var status) && status is IncidentStatus.Investigating or IncidentStatus.Identified or IncidentStatus.Monitoring
                    ? new PostUpdateCommand(status, form["message"].ToString())
                    : null, ct));
        pages.MapPost("/incidents/{number}/note", (string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, TimeProvider time, CancellationToken ct) =>
            ActAsync(number, http, antiforgery, front, engine, runbook, time, form => new AddNoteCommand(form["text"].ToString()), ct));
    }

    private static async Task<IResult> ActAsync(
        string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, TimeProvider time,
        Func<IFormCollection, IncidentCommand?> read, CancellationToken ct)
    {
        if (await DashboardEndpoints.FormRefusalAsync(http, antiforgery) is { } refused) return refused;
        var user = http.User();
        if (await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, user, runbook.Access, ct)) is not { } incident)
            return DashboardEndpoints.Page(DashboardLayout.Message("Not found", user, runbook, IncidentEndpoints.NotFound(number)), StatusCodes.Status404NotFound);
        var form = await http.Request.ReadFormAsync(ct);
        var command = read(form);
        var reply = command is null
            ? CommandReply.Error("Choose the status the update sets: investigating, identified or monitoring.")
            : await front.RunAsync(user, incident, command, ct);
        var now = await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, user, runbook.Access, ct)) ?? incident;
        return DashboardEndpoints.Page(
            DashboardLayout.Page($"{now.Number}: {now.Title}", user, runbook, DashboardRoutes.Incidents,
                IncidentPageView.Body(now, runbook, time.GetUtcNow(), Html.Antiforgery(antiforgery.GetAndStoreTokens(http)), (reply.FailureText ?? reply.Text, reply.IsError))),
            reply.IsError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
