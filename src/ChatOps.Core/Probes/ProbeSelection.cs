using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Probes;

/// <summary>Which runbook probes belong to an incident: those of its affected services, and those naming no service.</summary>
public static class ProbeSelection
{
    private static readonly char[] Separators = [',', ';', '\n'];

    public static IReadOnlyList<Probe> For(Runbook runbook, Incident incident) =>
        runbook.Probes.For(Services(incident.AffectedServices));

    /// <summary>The affected services as a list: "API, Webhooks" is two.</summary>
    public static IReadOnlyList<string> Services(string affected) =>
        affected.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
