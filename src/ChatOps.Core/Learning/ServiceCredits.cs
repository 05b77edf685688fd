using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Learning;

/// <summary>Service credits for a month (every service with an SLA) or for one incident (its services, in the months its impact touched).</summary>
public static class ServiceCredits
{
    public static async Task<IReadOnlyList<ServiceMonth>> ForMonthAsync(IIncidentHistory history, Runbook runbook, ReportMonth month, DateTimeOffset now, CancellationToken ct)
    {
        var incidents = await history.ImpactTouchingAsync(month.Start, month.End, ct);
        return runbook.Sla.Select(sla => ServiceMonth.Compute(sla, month, incidents, now)).ToList();
    }

    /// <summary>
    /// The months of each of the incident's services with an SLA that its impact touched, counting every incident in
    /// those months; empty with <paramref name="none"/> saying why when there is nothing to credit.
    /// </summary>
    public static async Task<(IReadOnlyList<ServiceMonth> Months, string? None)> ForIncidentAsync(
        IIncidentHistory history, Runbook runbook, Incident incident, DateTimeOffset now, CancellationToken ct)
    {
        if (!IncidentFigures.Counts(incident)) return ([], "none: this was a false alarm");
        var services = ServiceNames.Of(incident.AffectedServices);
        if (services.Count == 0) return ([], "none worked out: no affected services recorded (set them with /incident services)");
        var slas = runbook.Sla.Where(s => services.Contains(s.Service, StringComparer.OrdinalIgnoreCase)).ToList();
        if (slas.Count == 0) return ([], $"none: no SLA in the runbook covers {string.Join(", ", services)}");
        var months = new List<ServiceMonth>();
        foreach (var month in ReportMonth.Spanning(incident.Began, incident.ImpactEnded ?? now))
        {
            // The incident as it stands in this unit of work, which may be ahead of what is stored.
            var incidents = (await history.ImpactTouchingAsync(month.Start, month.End, ct)).Where(i => i.Id != incident.Id).Append(incident).ToList();
            months.AddRange(slas.Select(sla => ServiceMonth.Compute(sla, month, incidents, now)));
        }
        return (months, null);
    }

    public static async Task<PostMortems.PostMortemCredits> ForPostMortemAsync(IIncidentHistory history, Runbook runbook, Incident incident, DateTimeOffset now, CancellationToken ct)
    {
        var (months, none) = await ForIncidentAsync(history, runbook, incident, now, ct);
        return new PostMortems.PostMortemCredits(months, none);
    }

    /// <summary>"Service credits: API, 2026-11 ...: credit 10 % ..." lines for a close message.</summary>
    public static string Message(IReadOnlyList<ServiceMonth> months, string? none, Func<Incident, string> name) =>
        none is not null ? $"Service credits: {none}." : "Service credits:\n" + string.Join('\n', months.Select(m => "- " + ServiceCreditText.Describe(m, name)));
}
