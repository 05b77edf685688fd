using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Learning;

/// <summary>How many incidents ended at one severity.</summary>
public sealed record SeverityCount(string Severity, int Count);

/// <summary>Follow-ups of the reported incidents: open ones, and of those the overdue.</summary>
public sealed record FollowUpFigure(int Open, int Overdue);

/// <summary>
/// The figures over the incidents a <see cref="ReportQuery"/> selects. Every duration is measured as the post-mortem
/// does: time to detect from when it began (only where a responder set the start) until it was noticed; to
/// acknowledge from when noticed until the first acknowledgement; to mitigate and to resolve from when it began.
/// Respond-within counts an incident met when its first acknowledgement came within its final severity's
/// respond-within of being noticed (an unacknowledged one past that is missed, one still inside it is not judged yet);
/// resolve-within likewise against resolve-within from when it began. Severity accuracy is the share whose final
/// severity is the declared one. False alarms are left out of all of these and counted apart (<see cref="IncidentFigures"/>).
/// </summary>
public sealed record IncidentReport(
    ReportQuery Query,
    DateTimeOffset GeneratedAt,
    int Incidents,
    IReadOnlyList<SeverityCount> BySeverity,
    DurationFigure TimeToDetect,
    DurationFigure TimeToAcknowledge,
    DurationFigure TimeToMitigate,
    DurationFigure TimeToResolve,
    ShareFigure RespondWithin,
    ShareFigure ResolveWithin,
    ShareFigure SeverityAccuracy,
    int FalseAlarms,
    FollowUpFigure FollowUps,
    DrillFigure Drills)
{
    public static async Task<IncidentReport> BuildAsync(IIncidentHistory history, Runbook runbook, ReportQuery query, DateTimeOffset now, CancellationToken ct)
    {
        (query, var selected) = await SelectAsync(history, runbook, query, ct);
        return Compute(selected, runbook, query, now);
    }

    /// <summary>
    /// The incidents <paramref name="query"/> selects (drills and false alarms included; <see cref="Compute"/> sets them
    /// apart), and the query with its severity written as the runbook's key; throws when the runbook has no such severity.
    /// </summary>
    public static async Task<(ReportQuery Query, IReadOnlyList<Incident> Selected)> SelectAsync(IIncidentHistory history, Runbook runbook, ReportQuery query, CancellationToken ct)
    {
        query = query.WithKnownSeverity(runbook);
        return (query, (await history.DeclaredBetweenAsync(query.From, query.To, ct)).Where(query.Matches).ToList());
    }

    /// <summary>The figures over <paramref name="selected"/> (already the query's incidents).</summary>
    public static IncidentReport Compute(IReadOnlyList<Incident> selected, Runbook runbook, ReportQuery query, DateTimeOffset now)
    {
        var counted = selected.Where(IncidentFigures.Counts).ToList();
        var bySeverity = runbook.Severities.Select(s => new SeverityCount(s.Key, counted.Count(i => string.Equals(i.SeverityKey, s.Key, StringComparison.OrdinalIgnoreCase))))
            .Concat(counted.Where(i => runbook.FindSeverity(i.SeverityKey) is null).GroupBy(i => i.SeverityKey).Select(g => new SeverityCount(g.Key, g.Count())))
            .ToList();
        var respond = new ShareFigure(0, 0);
        var resolve = new ShareFigure(0, 0);
        foreach (var incident in counted)
        {
            if (runbook.FindSeverity(incident.SeverityKey) is not { } severity) continue;
            var ackBy = incident.Noticed + severity.RespondWithin;
            if (FirstAcknowledged(incident) is { } acked) respond = Judge(respond, acked <= ackBy);
            else if (now > ackBy) respond = Judge(respond, false);
            var target = ReminderPlanner.ResolutionTarget(incident, severity);
            if (incident.ResolvedAt is { } resolved) resolve = Judge(resolve, resolved <= target);
            else if (now > target) resolve = Judge(resolve, false);
        }
        var judged = counted.Where(i => i.SeverityWasRight is not null).ToList();
        var actions = counted.SelectMany(i => i.Actions).Where(a => a.IsOpen).ToList();
        return new IncidentReport(
            query, now, counted.Count, bySeverity,
            DurationFigure.Of(counted.Where(i => i.StartedAt is not null).Select(i => i.Noticed - i.Began)),
            DurationFigure.Of(counted.Select(i => FirstAcknowledged(i) - i.Noticed).OfType<TimeSpan>()),
            DurationFigure.Of(counted.Select(i => i.MitigatedAt - i.Began).OfType<TimeSpan>()),
            DurationFigure.Of(counted.Select(i => i.ResolvedAt - i.Began).OfType<TimeSpan>()),
            respond, resolve,
            new ShareFigure(judged.Count(i => i.SeverityWasRight == true), judged.Count),
            selected.Count(i => i.FalseAlarm && !i.IsDrill),
            new FollowUpFigure(actions.Count, actions.Count(a => a.IsOverdue(now))),
            DrillFigure.Of(selected, runbook));
    }

    /// <summary>The first acknowledgement (raising the severity may page again later; the first is the response).</summary>
    private static DateTimeOffset? FirstAcknowledged(Incident incident) =>
        incident.Timeline.FirstOrDefault(t => t.Kind == "acknowledged")?.At;

    private static ShareFigure Judge(ShareFigure share, bool met) => new(share.Met + (met ? 1 : 0), share.Of + 1);
}
