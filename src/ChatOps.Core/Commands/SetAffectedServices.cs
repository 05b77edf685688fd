using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record SetAffectedServicesCommand(string Services) : IncidentCommand;

/// <summary>The affected services, set or corrected as they become known; the card and later updates show them.</summary>
public sealed class SetAffectedServices : IncidentCommandHandler<SetAffectedServicesCommand>
{
    public override CommandSpec Spec { get; } = new(["services"], "/incident services <service, service...>",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 36);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail("Name the affected services: /incident services <service, service...>, e.g. /incident services API, Payments.")
        : new SetAffectedServicesCommand(args.Rest());

    protected override string Describe(SetAffectedServicesCommand command) => Words("services", command.Services);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, SetAffectedServicesCommand command, Incident incident, CancellationToken ct)
    {
        incident.SetAffectedServices(call.Actor, command.Services, call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} set the affected services of {incident.Number}: {incident.AffectedServices}", ct: ct);
        return new CommandReply($"Affected services of {incident.Number} set.");
    }
}
