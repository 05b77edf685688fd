using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>A person's text for one of the post-mortem's own sections, and the digest of the text they started from.</summary>
public sealed record WritePostMortemCommand(string Section, string Text, string BasedOn) : IncidentCommand;

/// <summary>
/// Writes a section of the post-mortem (the dashboard's editor): on the timeline, in the audit log, and into the
/// post-mortem file when there is one (never over a person's edits of the file itself).
/// </summary>
public sealed class WritePostMortem : IncidentCommandHandler<WritePostMortemCommand>
{
    public override CommandSpec Spec { get; } = new([], "(platform event) someone saved a section of the post-mortem in the dashboard", CommandAccess.For(IncidentAction.Note), CommandTarget.Incident, 1002);

    protected override string Describe(WritePostMortemCommand command) => $"[post-mortem] {command.Section} ({command.Text.Length} characters)";

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, WritePostMortemCommand command, Incident incident, CancellationToken ct)
    {
        if (!incident.WritePostMortem(call.Actor, command.Section, command.Text, command.BasedOn, call.Runbook.PostMortem.Sections, call.Now))
            return new CommandReply($"The {command.Section} section of {incident.Number}'s post-mortem was already so; nothing changed.");
        var kept = await call.SaveAsync(incident, ct);
        var where = kept is null
            ? $"it goes into the post-mortem file when {incident.Number} is resolved"
            : kept.File.Beside
                ? $"{incident.PostMortemFile} was edited by hand, so it was left as it is; this version is in {kept.File.FileName}"
                : $"written to {kept.File.FileName}";
        return new CommandReply($"Saved the {command.Section} section of {incident.Number}'s post-mortem; {where}.");
    }
}
