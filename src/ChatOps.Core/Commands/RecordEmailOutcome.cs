using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>The mail server took email <paramref name="Id"/> of <paramref name="Incident"/> (<paramref name="Sent"/>), or delivery gave up on it.</summary>
public sealed record RecordEmailOutcomeCommand(string Incident, string Id, bool Sent, string? Detail) : IncidentCommand;

/// <summary>
/// Raised by the host's email delivery: the outcome goes on the timeline and the communication record. A failure is
/// posted in the incident channel to the commander, so a customer email that never left is noticed. Reported twice (after
/// a restart), it records once.
/// </summary>
public sealed class RecordEmailOutcome : IncidentCommandHandler<RecordEmailOutcomeCommand>
{
    public override CommandSpec Spec { get; } = new([], "(platform event) an email was sent or failed", CommandAccess.Anyone, CommandTarget.Incident, 1003);

    protected override string Describe(RecordEmailOutcomeCommand command) => Words("[email]", command.Id, command.Sent ? "sent" : "failed", command.Detail);

    protected override string? About(RecordEmailOutcomeCommand command) => command.Incident;

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, RecordEmailOutcomeCommand command, Incident incident, CancellationToken ct)
    {
        if (incident.SettleEmail(command.Id, command.Sent, command.Detail, call.Now) is not { } settled)
            return new CommandReply($"Email {command.Id} of {incident.Number}: nothing new to record.");
        // Saved with the card and a written post-mortem kept current: its communication timeline shows the outcome.
        await call.SaveAsync(incident, ct);
        if (!command.Sent)
            await call.PostAsync(incident,
                $"Email to {settled.Audience} ({settled.Target}) FAILED and will not be retried: {command.Detail}. Tell them another way, then fix the address or the mail settings.",
                mentions: [incident.Commander], ct: ct);
        return new CommandReply($"Email {command.Id} of {incident.Number} {(command.Sent ? "sent" : "failed")}.");
    }
}
