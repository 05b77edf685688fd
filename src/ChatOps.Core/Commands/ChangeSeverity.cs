using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Paging;
using ChatOps.Core.Reminders;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>A new severity, with the reasoning behind it when given (seed 004: document the reasoning).</summary>
public sealed record ChangeSeverityCommand(string Severity, string? Reason = null) : IncidentCommand;

/// <summary>A new severity: its cadence applies from now on and its responders are invited.</summary>
public sealed class ChangeSeverity : IncidentCommandHandler<ChangeSeverityCommand>
{
    public override CommandSpec Spec { get; } = new(["sev", "severity"], "/incident sev <SEV> [reason...]   (raising it pages the new severity's people again)",
        CommandAccess.For(IncidentAction.Severity), CommandTarget.Incident, 40);

    public override ParseResult Parse(CommandArgs args) => args.Count >= 1
        ? new ChangeSeverityCommand(args[0], args.Count > 1 ? args.Rest(1) : null)
        : ParseResult.Fail("Name one severity: /incident sev <SEV> [reason], for example /incident sev P1 checkout down for all EU customers.");

    protected override string Describe(ChangeSeverityCommand command) => Words("sev", command.Severity, command.Reason);

    protected override void Check(EngineCall call, ChangeSeverityCommand command) => call.RequireSeverity(command.Severity);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, ChangeSeverityCommand command, Incident incident, CancellationToken ct)
    {
        var severity = call.RequireSeverity(command.Severity);
        var was = incident.SeverityKey;
        var raised = Rank(call, severity.Key) < Rank(call, was);
        incident.ChangeSeverity(call.Actor, severity, call.Now, raised, command.Reason);
        call.Raise(IncidentEvent.SeverityChanged, incident, $"{was} -> {severity.Key}");
        var newcomers = severity.Invite.Where(p => !incident.Participants.Contains(p)).ToList();
        foreach (var person in newcomers) incident.AddParticipant(person);
        if (raised)
            await PagingFlow.TriggerAsync(call, incident, PagingFlow.Named(call.Runbook, severity.Page), Incident.DeclarationTier, $"raised to {severity.Key}", call.Actor, ct);
        await call.SaveAsync(incident, ct);
        if (newcomers.Count > 0) await call.Chat.InviteAsync(incident.ChannelId, newcomers, ct);
        var next = ReminderPlanner.NextUpdateDue(incident, severity);
        await call.PostAsync(incident,
            $"{call.Actor} changed the severity to {severity.Key} ({severity.Name}). Updates are now due every {DurationText.Format(severity.UpdateEvery)}; next by {Clock.Format(next)}.",
            mentions: newcomers, ct: ct);
        return new CommandReply($"{incident.Number} is now {severity.Key}." + (raised && severity.Escalation.Count > 0
            ? $" Raising it pages again: {severity.Key}'s escalation starts unless someone acknowledges."
            : ""));
    }

    /// <summary>A severity's place in the runbook: the first listed is the most severe.</summary>
    private static int Rank(EngineCall call, string key)
    {
        var index = call.Runbook.Severities.ToList().FindIndex(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }
}
