using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record CloseCommand : IncidentCommand;

/// <summary>The end of a resolved incident.</summary>
public sealed class Close : IncidentCommandHandler<CloseCommand>
{
    public override CommandSpec Spec { get; } = new(["close"], "/incident close",
        CommandAccess.For(IncidentAction.Close), CommandTarget.Incident, 110);

    public override ParseResult Parse(CommandArgs args) => args.None(new CloseCommand());

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, CloseCommand command, Incident incident, CancellationToken ct)
    {
        incident.Close(call.Actor, call.Now);
        await call.SaveAsync(incident, ct);
        call.Raise(IncidentEvent.Closed, incident);
        await call.PostAsync(incident, $"{call.Actor} closed {incident.Number}. Thank you all.", ct: ct);
        return new CommandReply($"Closed {incident.Number}.");
    }
}
