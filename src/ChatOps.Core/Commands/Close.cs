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
        await Drills.DrillFlow.EndIfOpenAsync(call, incident, ct);
        var kept = await call.SaveAsync(incident, ct);
        call.Raise(IncidentEvent.Closed, incident);
        await call.PostAsync(incident, $"{call.Actor} closed {incident.Number}. Thank you all.", ct: ct);
        if (kept is { File: var file })
        {
            var note = file.Beside
                ? $"{incident.PostMortemFile} was edited by hand, so it was left as it is; the facts as closed are in {file.FileName}."
                : $"The post-mortem {file.FileName} now holds the facts as closed.";
            await call.Chat.UploadAsync(incident.ChannelId, new Messaging.FileAttachment(file.FileName, $"Post-mortem as closed: {incident.Number}", kept.Content), ct);
            await call.PostAsync(incident, note, ct: ct);
        }
        return new CommandReply($"Closed {incident.Number}.");
    }
}
