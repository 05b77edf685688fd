using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>Stops a deadline clock: <c>[clock] who was notified...</c>; the clock may be left out when only one runs.</summary>
public sealed record NotifiedCommand(string Text) : IncidentCommand;

/// <summary>Records a deadline clock's duty as done (who was notified, how) and stops the clock.</summary>
public sealed class Notified : IncidentCommandHandler<NotifiedCommand>
{
    public override CommandSpec Spec { get; } = new(["notified"], "/incident notified [clock] <who was notified...>   (stops a deadline clock)",
        CommandAccess.For(IncidentAction.Notified), CommandTarget.Incident, 120);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail("Say who was notified: /incident notified [clock] <who was notified, how>, e.g. /incident notified notification Emailed all tenants and the DPA.")
        : new NotifiedCommand(args.Rest());

    protected override string Describe(NotifiedCommand command) => Words("notified", command.Text);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, NotifiedCommand command, Incident incident, CancellationToken ct)
    {
        var (clock, notified) = ChooseClock(incident, command.Text.Trim());
        var stopped = incident.StopDeadline(call.Actor, clock.Key, notified, call.Now);
        await call.SaveAsync(incident, ct);
        var margin = Incident.Margin(stopped.DueAt, stopped.StoppedAt!.Value);
        await call.PostAsync(incident, $"{call.Actor} recorded {stopped.Name} for {incident.Number} as done: {stopped.Notified} ({margin}). The clock is stopped.", ct: ct);
        return new CommandReply($"Recorded {stopped.Name} as done ({margin}); the clock is stopped.");
    }

    /// <summary>The clock named by the first word, or the only running one when the first word names none.</summary>
    private static (DeadlineClock Clock, string Notified) ChooseClock(Incident incident, string text)
    {
        var words = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && incident.FindDeadline(words[0]) is { } named) return (named, words.Length > 1 ? words[1] : "");
        var running = incident.Deadlines.Where(d => d.IsRunning).ToList();
        return running.Count switch
        {
            1 => (running[0], text),
            0 when incident.Deadlines.Count == 0 => throw new IncidentRuleException($"{incident.Number} has no deadline clocks; only incidents of a kind with deadlines have them."),
            0 => throw new IncidentRuleException($"Every deadline clock of {incident.Number} is already stopped; see /incident status."),
            _ => throw new IncidentRuleException(
                $"Name the clock first: /incident notified <clock> <who was notified>; the running clocks of {incident.Number} are {string.Join(", ", running.Select(d => d.Key))}."),
        };
    }
}
