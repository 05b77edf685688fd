using ChatOps.Core.Engine;
using ChatOps.Core.Time;

namespace ChatOps.Core.Incidents;

/// <summary>What a deadline clock says in the channel: started at declaration, reminded at the runbook's offsets, overdue.</summary>
public static class DeadlineNotices
{
    public static Task StartedAsync(EngineCall call, Incident incident, DeadlineClock clock, CancellationToken ct) =>
        PostAsync(call, incident, clock,
            $"Deadline clock started: {clock.Name} is due {Clock.Format(clock.DueAt)} (in {DurationText.Approximate(clock.DueAt - clock.StartedAt)}).",
            "When it is done, record who was notified", ct);

    public static Task RemindAsync(EngineCall call, Incident incident, string key, CancellationToken ct)
    {
        var clock = incident.RecordDeadlineReminder(key, call.Now);
        return PostAsync(call, incident, clock,
            $"Deadline for {incident.Number}: {clock.Name} is due {Clock.Format(clock.DueAt)} (in {DurationText.Approximate(clock.DueAt - call.Now)}).",
            "Record it when done", ct);
    }

    public static Task OverdueAsync(EngineCall call, Incident incident, string key, CancellationToken ct)
    {
        var clock = incident.RecordDeadlineOverdue(key, call.Now);
        return PostAsync(call, incident, clock,
            $"OVERDUE: {clock.Name} for {incident.Number} was due {Clock.Format(clock.DueAt)} and nobody has recorded it done.",
            "Notify now, then record it", ct);
    }

    /// <summary>A clock's notice: what is due, the runbook's description, and the command that stops it, to the clock's people.</summary>
    private static Task PostAsync(EngineCall call, Incident incident, DeadlineClock clock, string headline, string ask, CancellationToken ct) =>
        call.PostAsync(incident, $"{headline}{Sentence(clock.Description)} {ask}: /incident notified {clock.Key} <who was notified>.",
            mentions: RemindPeople(call, incident, clock), ct: ct);

    /// <summary>The people behind a clock's <c>remind</c> roles.</summary>
    private static IReadOnlyList<string> RemindPeople(EngineCall call, Incident incident, DeadlineClock clock) =>
        clock.Remind.SelectMany(role => role switch
        {
            "commander" => [incident.Commander],
            "comms" => incident.Comms is { } comms ? [comms] : [],
            "scribe" => incident.Scribe is { } scribe ? [scribe] : [],
            "participants" => incident.Participants,
            "admins" => call.Runbook.Access.Admins,
            _ => Array.Empty<string>(),
        }).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Sentence(string text) => text.Length == 0 ? "" : " " + text.TrimEnd('.') + ".";
}
