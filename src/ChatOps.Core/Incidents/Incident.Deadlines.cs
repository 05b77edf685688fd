using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Incidents;

/// <summary>Deadline clocks: started at declaration by the incident's kind, reminded, announced overdue, stopped by a person.</summary>
public sealed partial class Incident
{
    public DeadlineClock? FindDeadline(string key) =>
        _deadlines.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase));

    private void StartDeadlines(IncidentKind kind, DateTimeOffset now)
    {
        foreach (var policy in kind.Deadlines)
        {
            var clock = new DeadlineClock(policy.Key, policy.Name, policy.Description, now, now + policy.Within, policy.RemindAt, policy.Remind);
            _deadlines.Add(clock);
            Record(now, "ChatOps", "deadline", $"{clock.Name} clock started: due {Clock.Format(clock.DueAt)} (within {DurationText.Format(policy.Within)})");
        }
    }

    /// <summary>
    /// Records the reminder for the latest offset that has passed: reminders missed while the bot was down are sent
    /// once, not once each. Returns the clock as it now stands.
    /// </summary>
    public DeadlineClock RecordDeadlineReminder(string key, DateTimeOffset now)
    {
        var clock = RequireDeadline(key);
        var passed = clock.RemindAt.Where(o => clock.StartedAt + o <= now).DefaultIfEmpty(TimeSpan.Zero).Max();
        return Replace(clock, clock with { RemindedThrough = passed }, now, "ChatOps", "deadline",
            $"{clock.Name} reminder sent: due {Clock.Format(clock.DueAt)}");
    }

    /// <summary>Records that the deadline passed with the clock still running; no reminder follows it.</summary>
    public DeadlineClock RecordDeadlineOverdue(string key, DateTimeOffset now)
    {
        var clock = RequireDeadline(key);
        var last = clock.RemindAt.Count == 0 ? (TimeSpan?)null : clock.RemindAt[^1];
        return Replace(clock, clock with { OverdueNoticeAt = now, RemindedThrough = last }, now, "ChatOps", "deadline",
            $"{clock.Name} is overdue: it was due {Clock.Format(clock.DueAt)}");
    }

    /// <summary>Stops a clock, recording who was notified; allowed after resolve, since obligations outlive the outage.</summary>
    public DeadlineClock StopDeadline(string actor, string key, string notified, DateTimeOffset now)
    {
        RequireNotClosed("record notifications for");
        var clock = RequireDeadline(key);
        if (clock.StoppedAt is { } at)
            throw new IncidentRuleException($"{clock.Name} was already recorded by {clock.StoppedBy} at {Clock.Format(at)}: {clock.Notified}");
        if (string.IsNullOrWhiteSpace(notified))
            throw new IncidentRuleException($"Say who was notified: /incident notified {clock.Key} <who was notified, how>.");
        var text = notified.Trim();
        AddParticipant(actor);
        return Replace(clock, clock with { StoppedAt = now, StoppedBy = actor, Notified = text }, now, actor, "notified",
            $"{clock.Name}: {text} ({Margin(clock.DueAt, now)})");
    }

    /// <summary>How a stop time compares with the deadline: "3h before the deadline" or "2h after the deadline".</summary>
    public static string Margin(DateTimeOffset dueAt, DateTimeOffset at) =>
        at <= dueAt ? $"{DurationText.Approximate(dueAt - at)} before the deadline" : $"{DurationText.Approximate(at - dueAt)} after the deadline";

    private DeadlineClock RequireDeadline(string key) =>
        FindDeadline(key) ?? throw new IncidentRuleException(_deadlines.Count == 0
            ? $"{Number} has no deadline clocks."
            : $"{Number} has no deadline clock '{key}'; its clocks are {string.Join(", ", _deadlines.Select(d => d.Key))}.");

    private DeadlineClock Replace(DeadlineClock old, DeadlineClock updated, DateTimeOffset now, string actor, string kind, string text)
    {
        _deadlines[_deadlines.IndexOf(old)] = updated;
        Record(now, actor, kind, text);
        return updated;
    }
}
