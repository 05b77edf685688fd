using ChatOps.Bot.Engine;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The browser's front end to the engine. A person's action on an incident page becomes the same command record chat
/// makes, run at once as one unit of work in the incident's channel (as the shell and a Teams card answered in its
/// request do), so the access rules, the timeline and the audit log (platform <c>web</c>) are the same as in chat.
/// </summary>
public sealed class DashboardFrontEnd(DashboardEngine engine, TimeProvider time)
{
    public Task<CommandReply> RunAsync(DashboardUser user, Incident incident, IncidentCommand command, CancellationToken ct)
    {
        var work = new UnitOfWork(user.Context(incident.ChannelId), time.GetUtcNow());
        return engine.Services.WithEngineAsync(work, e => e.HandleAsync(work, new CommandInput(command), ct), ct);
    }
}
