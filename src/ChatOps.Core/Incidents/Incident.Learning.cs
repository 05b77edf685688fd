namespace ChatOps.Core.Incidents;

/// <summary>What the learning loop reads: the severity it was declared at, whether it was a false alarm, and when the impact ended.</summary>
public sealed partial class Incident
{
    /// <summary>The severity it was declared at (empty for incidents declared before this was kept).</summary>
    public string DeclaredSeverityKey { get; private set; } = "";

    /// <summary>Resolved as a false alarm: nothing was wrong. Left out of the incident figures and service credits, counted apart.</summary>
    public bool FalseAlarm { get; private set; }

    /// <summary>Whether the final severity is the one it was declared at; null when the declared one was not kept.</summary>
    public bool? SeverityWasRight => DeclaredSeverityKey.Length == 0 ? null : string.Equals(DeclaredSeverityKey, SeverityKey, StringComparison.OrdinalIgnoreCase);

    /// <summary>When the impact ended: mitigated, else resolved; null while it goes on.</summary>
    public DateTimeOffset? ImpactEnded => MitigatedAt ?? ResolvedAt;

    public void MarkFalseAlarm(string actor, DateTimeOffset now)
    {
        if (Status is not (IncidentStatus.Resolved or IncidentStatus.Closed))
            throw new IncidentRuleException($"Resolve {Number} first; /incident resolve --false-alarm does both.");
        FalseAlarm = true;
        Record(now, actor, "false-alarm", "Marked a false alarm: left out of the incident figures and service credits");
    }

    /// <summary>
    /// When the impact ended (customers were fine again), for time to mitigate and the service credits' impact window:
    /// not before it began, not in the future, not after it was resolved.
    /// </summary>
    public void SetMitigated(string actor, DateTimeOffset mitigatedAt, DateTimeOffset now)
    {
        RequireNotClosed("set when it was mitigated for");
        if (mitigatedAt > now) throw new IncidentRuleException($"{Clock.Format(mitigatedAt)} is in the future; say when the impact ended, e.g. /incident mitigated 15:10.");
        if (mitigatedAt < Began)
            throw new IncidentRuleException($"{Number} began at {Clock.Format(Began)}, so its impact cannot have ended before that; set a later time, or correct the start first with /incident started.");
        if (ResolvedAt is { } resolved && mitigatedAt > resolved)
            throw new IncidentRuleException($"{Number} was resolved at {Clock.Format(resolved)}, so its impact ended no later than that; set an earlier time.");
        MitigatedAt = mitigatedAt;
        AddParticipant(actor);
        Record(now, actor, "mitigated", $"Impact ended (mitigated) at {Clock.Format(mitigatedAt)}");
    }
}
