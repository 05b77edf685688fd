using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Learning;

/// <summary>One incident's impact on a service within a month: when it began (or was noticed) until mitigated, clipped to the month.</summary>
public sealed record ImpactWindow(Incident Incident, DateTimeOffset From, DateTimeOffset To, bool Clipped, bool Ongoing);

/// <summary>A stretch of downtime after overlapping windows are merged.</summary>
public sealed record Downtime(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;
}

/// <summary>
/// A service's month against its SLA: the impact windows of the incidents that named it, merged so overlaps count
/// once, the downtime, the availability (percent of the whole month) and the credit tier that applies.
/// </summary>
public sealed record ServiceMonth(
    ServiceSla Sla,
    ReportMonth Month,
    IReadOnlyList<ImpactWindow> Windows,
    IReadOnlyList<Downtime> Merged,
    TimeSpan Down,
    decimal Availability,
    CreditTier? Credit)
{
    /// <summary>
    /// Works out <paramref name="sla"/>'s service for <paramref name="month"/> from <paramref name="incidents"/> (those
    /// that do not count, like false alarms, are skipped); impact still going on counts until <paramref name="now"/>.
    /// </summary>
    public static ServiceMonth Compute(ServiceSla sla, ReportMonth month, IEnumerable<Incident> incidents, DateTimeOffset now)
    {
        var windows = new List<ImpactWindow>();
        foreach (var incident in incidents.Where(IncidentFigures.Counts).Where(i => ServiceNames.Names(i.AffectedServices, sla.Service)))
        {
            var (began, ended) = (incident.Began, incident.ImpactEnded ?? now);
            var from = began < month.Start ? month.Start : began;
            var to = ended > month.End ? month.End : ended;
            if (to > from) windows.Add(new ImpactWindow(incident, from, to, from != began || to != ended, incident.ImpactEnded is null));
        }
        windows.Sort((a, b) => a.From.CompareTo(b.From));
        var merged = new List<Downtime>();
        foreach (var window in windows)
        {
            if (merged.Count > 0 && window.From <= merged[^1].To)
            {
                if (window.To > merged[^1].To) merged[^1] = merged[^1] with { To = window.To };
            }
            else merged.Add(new Downtime(window.From, window.To));
        }
        var down = merged.Aggregate(TimeSpan.Zero, (sum, d) => sum + d.Length);
        var total = (decimal)month.Length.Ticks;
        var availability = (total - down.Ticks) / total * 100m;
        return new ServiceMonth(sla, month, windows, merged, down, availability, sla.TierFor(availability));
    }
}
