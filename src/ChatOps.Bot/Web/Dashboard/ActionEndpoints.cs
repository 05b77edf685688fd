using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incident page's forms: acknowledge, post an update, add a note, add or complete an action item, publish to the
/// status page, notify, change the severity, escalate and resolve. Each needs its anti-forgery token, becomes the command
/// chat would make, and answers with the incident page and what the engine said (a refusal keeps what was typed).
/// </summary>
public static class ActionEndpoints
{
    public static void MapIncidentActions(this RouteGroupBuilder pages)
    {
        Act(pages, "acknowledge", _ => new AcknowledgeCommand());
        Act(pages, "update", form =>
            Enum.TryParse<IncidentStatus>(form["status"].ToString(), true, out var status) && status is IncidentStatus.Investigating or IncidentStatus.Identified or IncidentStatus.Monitoring
                ? new PostUpdateCommand(status, form["message"].ToString())
                : ParseResult.Fail("Choose the status the update sets: investigating, identified or monitoring."));
        Act(pages, "note", form => new AddNoteCommand(form["text"].ToString()));
        Act(pages, "actions", ActionItemForms.ReadAdd);
        Act(pages, "actions/done", ActionItemForms.ReadDone);
        Act(pages, "publish", StatusPageForms.ReadUpdate);
        Act(pages, "publish-title", StatusPageForms.ReadTitle);
        Act(pages, "notify", ResponseForms.ReadNotify);
        Act(pages, "severity", ResponseForms.ReadSeverity);
        Act(pages, "escalate", ResponseForms.ReadEscalate);
        Act(pages, "resolve", ResponseForms.ReadResolve);
    }

    /// <summary>Maps <c>POST /incidents/{number}/{action}</c> to the command <paramref name="read"/> makes of the form.</summary>
    private static void Act(RouteGroupBuilder pages, string action, Func<IFormCollection, ParseResult> read) =>
        pages.MapPost("/incidents/{number}/" + action, (string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, PersonNames people, TimeProvider time, CancellationToken ct) =>
            ActAsync(number, http, antiforgery, front, engine, runbook, people, time, read, ct));

    private static async Task<IResult> ActAsync(
        string number, HttpContext http, IAntiforgery antiforgery, DashboardFrontEnd front, DashboardEngine engine, Runbook runbook, PersonNames people, TimeProvider time,
        Func<IFormCollection, ParseResult> read, CancellationToken ct)
    {
        if (await DashboardEndpoints.FormRefusalAsync(http, antiforgery) is { } refused) return refused;
        var user = http.User();
        if (await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, user, runbook.Access, ct)) is not { } incident)
            return DashboardEndpoints.Page(DashboardLayout.Message("Not found", user, runbook, IncidentEndpoints.NotFound(number)), StatusCodes.Status404NotFound);
        var form = await http.Request.ReadFormAsync(ct);
        var parsed = read(form);
        var reply = parsed.Command is { } command
            ? await front.RunAsync(user, incident, command, ct)
            : CommandReply.Error(parsed.Error ?? "The form could not be read.");
        var now = await IncidentEndpoints.QueryAsync(engine, q => q.FindVisibleAsync(number, user, runbook.Access, ct)) ?? incident;
        return DashboardEndpoints.Page(
            DashboardLayout.Page($"{now.Number}: {now.Title}", user, runbook, DashboardRoutes.Incidents,
                IncidentPageView.Body(now, runbook, people, time.GetUtcNow(), Html.Antiforgery(antiforgery.GetAndStoreTokens(http)), (reply.FailureText ?? reply.Text, reply.IsError),
                    reply.IsError ? new TypedValues(form) : null)),
            reply.IsError ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
