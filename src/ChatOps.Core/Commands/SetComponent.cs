using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Commands;

public sealed record SetComponentCommand(string Component, string Status) : IncidentCommand;

/// <summary>Sets one status page component for the incident (customers see it at once); resolve restores it to operational.</summary>
public sealed class SetComponent : IncidentCommandHandler<SetComponentCommand>
{
    public override CommandSpec Spec { get; } = new(["component"],
        "/incident component <component> <operational|degraded_performance|partial_outage|major_outage|under_maintenance>",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 33);

    public override ParseResult Parse(CommandArgs args) => args.Count == 2
        ? new SetComponentCommand(args[0], args[1])
        : ParseResult.Fail($"Name a component and its status: /incident component <component> <status>, e.g. /incident component api partial_outage (statuses: {StatusWords.ComponentStatuses}).");

    protected override string Describe(SetComponentCommand command) => Words("component", command.Component, command.Status);

    protected override void Check(EngineCall call, SetComponentCommand command) => StatusPageFlow.ReadImpact(call.Runbook, command.Component, command.Status);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, SetComponentCommand command, Incident incident, CancellationToken ct)
    {
        var impact = StatusPageFlow.ReadImpact(call.Runbook, command.Component, command.Status);
        await StatusPageFlow.SetComponentAsync(call, incident, impact, ct);
        await call.SaveAsync(incident, ct);
        var name = call.Runbook.StatusPage.Find(impact.Component)!.Name;
        return new CommandReply($"{name} is {StatusWords.Label(impact.Status).ToLowerInvariant()} on the status page.");
    }
}
