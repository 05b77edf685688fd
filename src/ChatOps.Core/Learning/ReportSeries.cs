using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Learning;

/// <summary>Time to acknowledge and to resolve of one severity's incidents in one period.</summary>
public sealed record SeverityTimes(string Severity, DurationFigure TimeToAcknowledge, DurationFigure TimeToResolve);

/// <summary>The report of one period (<see cref="IncidentReport"/> over the incidents declared in it), and its times per severity.</summary>
public sealed record PeriodFigures(ReportPeriod Period, IncidentReport Report, IReadOnlyList<SeverityTimes> BySeverity);

/// <summary>How many counted incidents named a service (an incident naming two counts for both).</summary>
public sealed record ServiceCount(string Service, int Count);

/// <summary>One ended drill: when it started, its scenario, and how many of its phase targets (RTO included) were met.</summary>
public sealed record DrillPoint(string Incident, string Scenario, DateTimeOffset StartedAt, ShareFigure Targets);

/// <summary>
/// A report cut into periods for charts. Every figure is an <see cref="IncidentReport"/> computed over a subset of the
/// report's incidents (a period's, or a period's of one severity), so the charts use the report's definitions exactly:
/// drills and false alarms are left out of the incident figures, an incident falls in the period it was declared in,
/// and a period's shares judge its incidents as the report does at <see cref="IncidentReport.GeneratedAt"/>.
/// </summary>
public sealed record ReportSeries(
    IncidentReport Whole,
    ReportBucket Bucket,
    IReadOnlyList<PeriodFigures> Periods,
    IReadOnlyList<ServiceCount> ByService,
    IReadOnlyList<DrillPoint> Drills)
{
    public const string NoService = "(no service named)";

    /// <summary>The severities the charts show a series for: the runbook's, then any other an incident ended at.</summary>
    public IReadOnlyList<string> Severities => Whole.BySeverity.Select(s => s.Severity).ToList();

    /// <param name="selected">The report's incidents (see <see cref="IncidentReport.SelectAsync"/>), drills and false alarms included.</param>
    public static ReportSeries Compute(IReadOnlyList<Incident> selected, Runbook runbook, ReportQuery query, ReportBucket bucket, DateTimeOffset now)
    {
        var whole = IncidentReport.Compute(selected, runbook, query, now);
        var periods = ReportPeriod.Cut(query.From, query.To, bucket).Select(period =>
        {
            var held = selected.Where(i => period.Holds(i.DeclaredAt)).ToList();
            var times = whole.BySeverity.Select(s =>
            {
                var report = IncidentReport.Compute(held.Where(i => string.Equals(i.SeverityKey, s.Severity, StringComparison.OrdinalIgnoreCase)).ToList(), runbook, query, now);
                return new SeverityTimes(s.Severity, report.TimeToAcknowledge, report.TimeToResolve);
            }).ToList();
            return new PeriodFigures(period, IncidentReport.Compute(held, runbook, query, now), times);
        }).ToList();
        var byService = selected.Where(IncidentFigures.Counts)
            .SelectMany(i => ServiceNames.Of(i.AffectedServices) is { Count: > 0 } names ? names : [NoService])
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ServiceCount(g.First(), g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Service, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var drills = selected.Where(i => i.IsDrill && i.DrillEndedAt is not null).OrderBy(i => i.DeclaredAt)
            .Select(i => new DrillPoint(i.Number, i.DrillScenario ?? "", i.DeclaredAt, DrillFigure.Of([i], runbook).Targets))
            .ToList();
        return new ReportSeries(whole, bucket, periods, byService, drills);
    }
}
