using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Learning;

/// <summary>The "Service credits: ..." lines seed 002's close message ends with; nothing when the runbook sets no SLA.</summary>
public static class ResolveCredits
{
    public static async Task<string> LineAsync(EngineCall call, Incident incident, CancellationToken ct)
    {
        if (call.Runbook.Sla.Count == 0) return "";
        var (months, none) = await ServiceCredits.ForIncidentAsync(call.History, call.Runbook, incident, call.Now, ct);
        // The channel is the incident's: everyone in it may see the incident, but not necessarily the others named.
        return "\n\n" + ServiceCredits.Message(months, none, other => other.Id == incident.Id || !other.Private ? other.Number : "a private incident");
    }
}
