using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

public sealed record ResolveCommand(string? Summary) : IncidentCommand;

/// <summary>Resolve: the close template, the post-mortem skeleton to disk and channel, and the all-clear.</summary>
public sealed class Resolve : IncidentCommandHandler<ResolveCommand>
{
    public const string ActionId = "incident.resolve";

    public override CommandSpec Spec { get; } = new(["resolve"], "/incident resolve [summary...]",
        CommandAccess.For(IncidentAction.Resolve), CommandTarget.Incident, 100);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } = [new(ActionId, number => new Pressed(new ResolveCommand(null), number))];

    public static CardButton Button(string number) =>
        new("Resolve", ActionId, number, ButtonStyle.Danger, $"Resolve {number}? Reminders stop and the post-mortem skeleton is written.");

    public override ParseResult Parse(CommandArgs args) => new ResolveCommand(args.RestOrNull());

    protected override string Describe(ResolveCommand command) => Words("resolve", command.Summary);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, ResolveCommand command, Incident incident, CancellationToken ct)
    {
        var (runbook, now) = (call.Runbook, call.Now);
        incident.Resolve(call.Actor, command.Summary ?? "", now);
        var markdown = PostMortemRenderer.Render(incident, runbook, now, await PostMortemPeople.FindAsync(call.People, incident, ct));
        var path = await call.Archive.WriteAsync(PostMortemRenderer.FileName(incident), markdown, ct);
        var fileName = Path.GetFileName(path);
        incident.RecordPostMortem(fileName, now);
        await call.SaveAsync(incident, ct);
        call.Raise(IncidentEvent.Resolved, incident, fileName);

        var closing = TemplateText.Fill(runbook.Templates.Close, call.TemplateValues(incident, command.Summary ?? ""));
        await call.PostAsync(incident, closing, ct: ct);
        await call.Chat.UploadAsync(incident.ChannelId, new FileAttachment(fileName, $"Post-mortem skeleton: {incident.Number}", markdown), ct);
        var due = now + runbook.PostMortem.DueAfter;
        await call.PostAsync(incident, $"Post-mortem skeleton {fileName} is attached; fill it in by {Clock.Format(due)} (within {DurationText.Format(runbook.PostMortem.DueAfter)}).", mentions: [incident.Commander], ct: ct);
        if (!incident.Private)
            await call.Chat.PostAsync(runbook.Channels.Announce, new ChatMessage($"{incident.Number} resolved: {incident.Title}."), ct);
        // The file's name only: where the server keeps it is nobody's business in chat.
        return new CommandReply($"Resolved {incident.Number}. Post-mortem written to {fileName}.");
    }
}
