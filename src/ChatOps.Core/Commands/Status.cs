using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

public sealed record StatusCommand : IncidentCommand;

/// <summary>The incident's card and latest timeline, with what has not reached the platform yet; elsewhere the list.</summary>
public sealed class Status : CommandHandler<StatusCommand>
{
    public override CommandSpec Spec { get; } = new(["status"], "/incident status", CommandAccess.Anyone, CommandTarget.IncidentIfAny, 150);

    public override ParseResult Parse(CommandArgs args) => args.None(new StatusCommand());

    protected override bool AnswersAtOnce(StatusCommand command) => true;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, StatusCommand command, Incident? incident, CancellationToken ct)
    {
        if (incident is null) return await List.OpenAsync(call, ct);
        call.RequireVisible(incident);
        var card = IncidentCards.Incident(incident, call.Runbook, call.Now);
        var last = incident.Timeline.TakeLast(5).Select(t => $"{Clock.Format(t.At)}  {t.Actor}: {t.Text}");
        var text = $"{incident.Number} ({incident.Status}). Latest on the timeline:\n" + string.Join('\n', last);
        IReadOnlyList<string> problems = call.Delivery is null ? [] : await call.Delivery.ProblemsAsync(incident.ChannelId, ct);
        if (problems.Count > 0) text += $"\nNot yet delivered to {call.Work.Platform}:\n" + string.Join('\n', problems);
        return new CommandReply(text, card);
    }
}
