using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record AddNoteCommand(string Text) : IncidentCommand;

/// <summary>A line on the timeline.</summary>
public sealed class AddNote : IncidentCommandHandler<AddNoteCommand>
{
    public override CommandSpec Spec { get; } = new(["note"], "/incident note <text...>",
        CommandAccess.For(IncidentAction.Note), CommandTarget.Incident, 90);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail("A note needs text: /incident note <text...>.")
        : new AddNoteCommand(args.Rest());

    protected override string Describe(AddNoteCommand command) => Words("note", command.Text);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, AddNoteCommand command, Incident incident, CancellationToken ct)
    {
        incident.AddNote(call.Actor, command.Text, call.Now);
        await call.SaveAsync(incident, ct);
        return new CommandReply($"Noted on the {incident.Number} timeline.");
    }
}
