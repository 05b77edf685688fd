using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>The status of the channel's incident, or of the one named (from anywhere).</summary>
public sealed record StatusCommand(string? Incident = null) : IncidentCommand;

/// <summary>The incident's card and latest timeline, with what has not reached the platform yet; elsewhere the list.</summary>
public sealed class Status : CommandHandler<StatusCommand>
{
    public override CommandSpec Spec { get; } = new(["status"], "/incident status [INC-...]   (in an incident channel, or of any incident by number)",
        CommandAccess.Anyone, CommandTarget.IncidentIfAny, 150);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new StatusCommand(),
        1 when args[0].StartsWith("INC-", StringComparison.OrdinalIgnoreCase) => new StatusCommand(args[0].ToUpperInvariant()),
        _ => ParseResult.Fail("/incident status takes at most an incident number, e.g. /incident status INC-2026-001."),
    };

    protected override string Describe(StatusCommand command) => Words("status", command.Incident);

    protected override string? About(StatusCommand command) => command.Incident;

    protected override bool AnswersAtOnce(StatusCommand command) => true;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, StatusCommand command, Incident? incident, CancellationToken ct)
    {
        if (incident is null) return await List.ShowAsync(call, ListFilter.Open, ct);
        call.RequireVisible(incident);
        var card = IncidentCards.Incident(incident, call.Runbook, call.Now);
        // Probe results come every minute while it is open; their latest state has its own lines.
        var last = incident.Timeline.Where(t => t.Kind != Incident.ProbeKind).TakeLast(5).Select(t => $"{Clock.Format(t.At)}  {t.Actor}: {t.Text}");
        var text = $"{incident.Number} ({incident.Status}). Latest on the timeline:\n" + string.Join('\n', last);
        if (incident.Probes.Count > 0) text += "\nHealth probes (latest):\n" + string.Join('\n', incident.Probes.Select(p => $"{Clock.Format(p.At)}  {p.Description}"));
        IReadOnlyList<string> problems = call.Delivery is null ? [] : await call.Delivery.ProblemsAsync(incident.ChannelId, ct);
        if (problems.Count > 0) text += $"\nNot yet delivered to {call.Work.Platform}:\n" + string.Join('\n', problems);
        return new CommandReply(text, card);
    }
}
