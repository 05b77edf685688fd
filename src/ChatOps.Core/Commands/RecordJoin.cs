using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>Someone joined an incident's channel.</summary>
public sealed record RecordJoinCommand : IncidentCommand;

/// <summary>Raised by the platform when someone joins an incident channel: they become a participant.</summary>
public sealed class RecordJoin : IncidentCommandHandler<RecordJoinCommand>
{
    public override CommandSpec Spec { get; } = new([], "(platform event) someone joined an incident channel", CommandAccess.Anyone, CommandTarget.Incident, 1001);

    protected override string Describe(RecordJoinCommand command) => "[joined]";

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, RecordJoinCommand command, Incident incident, CancellationToken ct)
    {
        if (!incident.RecordJoin(call.Actor, call.Now)) return new CommandReply($"Already a participant of {incident.Number}.");
        await call.SaveQuietlyAsync(incident, ct);
        return new CommandReply($"Joined {incident.Number}.");
    }
}
