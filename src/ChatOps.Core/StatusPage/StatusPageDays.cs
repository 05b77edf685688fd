using ChatOps.Core.Incidents;

namespace ChatOps.Core.StatusPage;

/// <summary>The status page's history: each component's last <see cref="Days"/> UTC days (worst status and uptime of each) and its uptime over them.</summary>
public static class StatusPageDays
{
    public const int Days = 90;

    public sealed record Day(DateOnly Date, ComponentStatus Worst, double Uptime, IReadOnlyList<Incident> Incidents);

    public sealed record ComponentHistory(string Component, IReadOnlyList<Day> Days, double Uptime);

    /// <summary>The days up to today (today counted until <paramref name="now"/>), oldest first.</summary>
    public static ComponentHistory For(string component, IReadOnlyList<Incident> incidents, DateTimeOffset now)
    {
        var timeline = new ComponentTimeline(incidents);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var days = new List<Day>();
        for (var back = Days - 1; back >= 0; back--)
        {
            var date = today.AddDays(-back);
            var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var to = back == 0 ? now : from.AddDays(1);
            var touching = incidents.Where(i => i.ComponentChanges.Any(c => string.Equals(c.Component, component, StringComparison.OrdinalIgnoreCase))
                                                && i.ComponentChanges.Min(c => c.At) < to && (i.ResolvedAt ?? now) >= from).ToList();
            days.Add(new Day(date, timeline.Worst(component, from, to), timeline.Uptime(component, from, to), touching));
        }
        var start = new DateTimeOffset(today.AddDays(-(Days - 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new ComponentHistory(component, days, timeline.Uptime(component, start, now));
    }
}
