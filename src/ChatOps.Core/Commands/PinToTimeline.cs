using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>A message someone pinned (or marked) in an incident's channel, with its author, for the timeline.</summary>
public sealed record PinToTimelineCommand(string Text) : IncidentCommand;

/// <summary>Raised by the platform when someone pins a message in an incident channel: the message joins the timeline.</summary>
public sealed class PinToTimeline : IncidentCommandHandler<PinToTimelineCommand>
{
    public override CommandSpec Spec { get; } = new([], "(platform event) a message pinned in an incident channel", CommandAccess.Anyone, CommandTarget.Incident, 1000);

    protected override string Describe(PinToTimelineCommand command) => Words("[pinned]", command.Text);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, PinToTimelineCommand command, Incident incident, CancellationToken ct)
    {
        incident.AddNote(call.Actor, command.Text, call.Now, "pinned");
        await call.SaveAsync(incident, ct);
        return new CommandReply($"Added to the {incident.Number} timeline.");
    }
}
