using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record SetImpactCommand(string Impact) : IncidentCommand;

/// <summary>Who is affected and how, set or corrected as it becomes known; the card and later updates show it.</summary>
public sealed class SetImpact : IncidentCommandHandler<SetImpactCommand>
{
    public override CommandSpec Spec { get; } = new(["impact"], "/incident impact <who is affected and how...>",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 35);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail("Say who is affected and how: /incident impact <text>, e.g. /incident impact EU customers cannot pay by card.")
        : new SetImpactCommand(args.Rest());

    protected override string Describe(SetImpactCommand command) => Words("impact", command.Impact);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, SetImpactCommand command, Incident incident, CancellationToken ct)
    {
        incident.SetImpact(call.Actor, command.Impact, call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} set the impact of {incident.Number}: {incident.Impact}", ct: ct);
        return new CommandReply($"Impact of {incident.Number} set.");
    }
}
