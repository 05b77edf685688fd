using ChatOps.Core.Incidents;

namespace ChatOps.Core.StatusPage;

/// <summary>
/// A component's public status over time, from the component statuses the visible incidents published: at any moment
/// it is the worst status any of them gives it (operational when none does).
/// </summary>
public sealed class ComponentTimeline(IReadOnlyList<Incident> incidents)
{
    /// <summary>A partial outage counts as this share of downtime (a major outage counts fully, as on Statuspage).</summary>
    public const double PartialOutageWeight = 0.3;

    public ComponentStatus At(string component, DateTimeOffset at)
    {
        var worst = ComponentStatus.Operational;
        foreach (var incident in incidents)
        {
            var last = incident.ComponentChanges.LastOrDefault(c => c.At <= at && string.Equals(c.Component, component, StringComparison.OrdinalIgnoreCase));
            if (last is not null && last.Status > worst) worst = last.Status;
        }
        return worst;
    }

    /// <summary>How long <paramref name="component"/> spent in each status during [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyDictionary<ComponentStatus, TimeSpan> Spent(string component, DateTimeOffset from, DateTimeOffset to)
    {
        var spent = new Dictionary<ComponentStatus, TimeSpan>();
        if (to <= from) return spent;
        var cuts = incidents.SelectMany(i => i.ComponentChanges)
            .Where(c => c.At > from && c.At < to && string.Equals(c.Component, component, StringComparison.OrdinalIgnoreCase))
            .Select(c => c.At).Append(from).Append(to).Distinct().Order().ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var status = At(component, cuts[i]);
            spent[status] = spent.GetValueOrDefault(status) + (cuts[i + 1] - cuts[i]);
        }
        return spent;
    }

    /// <summary>The worst status <paramref name="component"/> had during [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public ComponentStatus Worst(string component, DateTimeOffset from, DateTimeOffset to) =>
        Spent(component, from, to).Keys.DefaultIfEmpty(ComponentStatus.Operational).Max();

    /// <summary>
    /// The share of [<paramref name="from"/>, <paramref name="to"/>) the component was up: one minus (major outage time
    /// plus 0.3 × partial outage time) over the whole; degraded performance and maintenance are not downtime.
    /// </summary>
    public double Uptime(string component, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return 1;
        var spent = Spent(component, from, to);
        var down = spent.GetValueOrDefault(ComponentStatus.MajorOutage).TotalSeconds
                   + PartialOutageWeight * spent.GetValueOrDefault(ComponentStatus.PartialOutage).TotalSeconds;
        return 1 - down / (to - from).TotalSeconds;
    }
}
