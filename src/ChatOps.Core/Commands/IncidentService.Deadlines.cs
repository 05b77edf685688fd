using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Deadline clocks: announced at declaration, reminded at the runbook's offsets, announced overdue, stopped by /incident notified.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> NotifiedAsync(CommandContext context, Incident incident, NotifiedCommand command, CancellationToken ct)
    {
        var (clock, notified) = ChooseClock(incident, command.Text.Trim());
        var stopped = incident.StopDeadline(context.Actor, clock.Key, notified, Now);
        await SaveAsync(incident, ct);
        var margin = Incident.Margin(stopped.DueAt, stopped.StoppedAt!.Value);
        await PostAsync(incident, $"{context.Actor} recorded {stopped.Name} for {incident.Number} as done: {stopped.Notified} ({margin}). The clock is stopped.", ct: ct);
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

    private Task PostDeadlineStartedAsync(Incident incident, DeadlineClock clock, CancellationToken ct) =>
        PostClockNoticeAsync(incident, clock,
            $"Deadline clock started: {clock.Name} is due {Clock.Format(clock.DueAt)} (in {DurationText.Approximate(clock.DueAt - clock.StartedAt)}).",
            "When it is done, record who was notified", ct);

    private Task RemindDeadlineAsync(Incident incident, string key, CancellationToken ct)
    {
        var clock = incident.RecordDeadlineReminder(key, Now);
        return PostClockNoticeAsync(incident, clock,
            $"Deadline for {incident.Number}: {clock.Name} is due {Clock.Format(clock.DueAt)} (in {DurationText.Approximate(clock.DueAt - Now)}).",
            "Record it when done", ct);
    }

    private Task AnnounceOverdueAsync(Incident incident, string key, CancellationToken ct)
    {
        var clock = incident.RecordDeadlineOverdue(key, Now);
        return PostClockNoticeAsync(incident, clock,
            $"OVERDUE: {clock.Name} for {incident.Number} was due {Clock.Format(clock.DueAt)} and nobody has recorded it done.",
            "Notify now, then record it", ct);
    }

    /// <summary>A clock's notice: what is due, the runbook's description, and the command that stops it, to the clock's people.</summary>
    private Task PostClockNoticeAsync(Incident incident, DeadlineClock clock, string headline, string ask, CancellationToken ct) =>
        PostAsync(incident, $"{headline}{Sentence(clock.Description)} {ask}: /incident notified {clock.Key} <who was notified>.",
            mentions: RemindPeople(incident, clock), ct: ct);

    /// <summary>The people behind a clock's <c>remind</c> roles.</summary>
    private IReadOnlyList<string> RemindPeople(Incident incident, DeadlineClock clock) =>
        clock.Remind.SelectMany(role => role switch
        {
            "commander" => [incident.Commander],
            "comms" => incident.Comms is { } comms ? [comms] : [],
            "scribe" => incident.Scribe is { } scribe ? [scribe] : [],
            "participants" => incident.Participants,
            "admins" => runbook.Access.Admins,
            _ => Array.Empty<string>(),
        }).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Sentence(string text) => text.Length == 0 ? "" : " " + text.TrimEnd('.') + ".";
}
