using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;
using ChatOps.Core.Messaging;
using ChatOps.Core.Paging;
using ChatOps.Core.PostMortems;
using ChatOps.Core.StatusPage;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <param name="FalseAlarm">Nothing was wrong (<c>--false-alarm</c>): left out of the incident figures and service credits.</param>
public sealed record ResolveCommand(string? Summary, bool FalseAlarm = false) : IncidentCommand;

/// <summary>
/// Resolve: the internal close message in the channel, the post-mortem skeleton to disk and channel, the all-clear, and
/// the customer-facing message handed to whoever resolved (when the runbook has one).
/// </summary>
public sealed class Resolve : IncidentCommandHandler<ResolveCommand>
{
    public const string ActionId = "incident.resolve";

    public override CommandSpec Spec { get; } = new(["resolve"], "/incident resolve [--false-alarm] [summary...]",
        CommandAccess.For(IncidentAction.Resolve), CommandTarget.Incident, 100);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } = [new(ActionId, number => new Pressed(new ResolveCommand(null), number))];

    public static CardButton Button(string number) =>
        new("Resolve", ActionId, number, ButtonStyle.Danger, $"Resolve {number}? Reminders stop and the post-mortem skeleton is written.");

    public override ParseResult Parse(CommandArgs args) =>
        args.Count > 0 && string.Equals(args[0], FalseAlarmFlag, StringComparison.OrdinalIgnoreCase)
            ? new ResolveCommand(args.Count > 1 ? args.Rest(1) : null, FalseAlarm: true)
            : new ResolveCommand(args.RestOrNull());

    public const string FalseAlarmFlag = "--false-alarm";

    protected override string Describe(ResolveCommand command) => Words("resolve", command.FalseAlarm ? FalseAlarmFlag : null, command.Summary);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, ResolveCommand command, Incident incident, CancellationToken ct)
    {
        var (runbook, now) = (call.Runbook, call.Now);
        incident.Resolve(call.Actor, command.Summary ?? "", now);
        if (command.FalseAlarm) incident.MarkFalseAlarm(call.Actor, now);
        await PagingFlow.ResolveAsync(call, incident, ct);
        await StatusPageFlow.ResolvedAsync(call, incident, ct);
        var file = await call.Archive.WriteAsync(PostMortemRenderer.FileName(incident), await call.RenderPostMortemAsync(incident, ct), ct);
        incident.RecordPostMortem(file.FileName, now);
        call.Raise(IncidentEvent.Resolved, incident, file.FileName);
        var kept = await call.SaveAsync(incident, ct);

        var values = call.TemplateValues(incident, command.Summary ?? "");
        await call.PostAsync(incident, TemplateText.Fill(runbook.Templates.Close, values) + await ResolveCredits.LineAsync(call, incident, ct), ct: ct);
        await call.Chat.UploadAsync(incident.ChannelId, new FileAttachment(kept!.File.FileName, $"Post-mortem skeleton: {incident.Number}", kept.Content), ct);
        var due = now + runbook.PostMortem.DueAfter;
        await call.PostAsync(incident, $"Post-mortem skeleton {file.FileName} is attached; fill it in by {Clock.Format(due)} (within {DurationText.Format(runbook.PostMortem.DueAfter)}). It keeps the facts current until the incident is closed.", mentions: [incident.Commander], ct: ct);
        if (Drills.DrillRules.MayAnnounce(incident, runbook))
            await call.Chat.PostAsync(runbook.Channels.Announce, new ChatMessage(Drills.DrillRules.Text(incident, $"{incident.Number} resolved: {incident.Title}.")), ct);
        // The file's name only: where the server keeps it is nobody's business in chat.
        var reply = $"Resolved {incident.Number}. Post-mortem written to {file.FileName}.";
        if (runbook.Templates.CustomerClose is { } customer && !incident.Private)
            reply += $"\nCustomer-facing message, ready to send where your customers read it:\n{TemplateText.Fill(customer, values)}";
        return new CommandReply(reply);
    }
}
