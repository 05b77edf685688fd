using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Probes;

/// <summary>What the channel is told about probe results: a result card, a flip either way, the evidence beside triage.</summary>
public static class ProbeMessages
{
    public static Card Result(Incident incident, ProbeReading reading) =>
        new($"Health probe {reading.Name}: {(reading.Passed ? "passing" : "FAILING")} ({incident.Number})",
            [reading.Evidence], [], $"Checked {Clock.FormatPrecise(reading.At)} · /incident probe {reading.Name} runs it again", []);

    /// <summary>"api-health recovered at ... (200 after 80 ms)", with the command that moves the incident to monitoring while it is not there yet.</summary>
    public static string Recovered(Incident incident, ProbeReading reading)
    {
        var text = $"Health probe {reading.Name} recovered at {Clock.Format(reading.At)} ({reading.Outcome}).";
        return incident.IsActive && incident.Status != IncidentStatus.Monitoring
            ? text + $" If the fix holds, move {incident.Number} to monitoring: /incident update monitoring <what was done>"
            : text;
    }

    /// <summary>"api-health FAILED at ... (503 after 120 ms; body: ...); it was passing before."</summary>
    public static string Failed(ProbeReading reading) =>
        $"Health probe {reading.Name} FAILED at {Clock.Format(reading.At)} ({reading.Outcome}"
        + (reading.Excerpt.Length > 0 ? $"; body: {reading.Excerpt}" : "") + "); it was passing before.";

    /// <summary>The incident's latest probe results, one a line, for the triage questions; null when none has run.</summary>
    public static string? Evidence(Incident incident) =>
        incident.Probes.Count == 0 ? null : "Evidence from health probes:\n" + string.Join('\n', incident.Probes.Select(p => $"- {p.Evidence} ({Clock.Format(p.At)})"));
}
