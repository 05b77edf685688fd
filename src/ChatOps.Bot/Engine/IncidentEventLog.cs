using ChatOps.Core.Engine;

namespace ChatOps.Bot.Engine;

/// <summary>
/// One information line per incident event, with the incident, severity, actor and platform as structured fields:
/// <c>declared INC-2026-001 (P1) by U0ALICE on slack: Checkout is down</c>.
/// </summary>
public sealed class IncidentEventLog(ILogger<IncidentEventLog> logger) : IIncidentEventObserver
{
    public void Committed(IncidentEvent happened)
    {
        if (happened.Name == IncidentEvent.Refused)
            logger.LogInformation("refused {Incident} for {Actor} on {Platform}: {Detail}",
                happened.Incident.Length > 0 ? happened.Incident : "-", happened.Actor, happened.Platform, happened.Detail);
        else
            logger.LogInformation("{Event} {Incident} ({Severity}) by {Actor} on {Platform}{Separator}{Detail}",
                happened.Name, happened.Incident, happened.Severity, happened.Actor, happened.Platform.Length > 0 ? happened.Platform : "-",
                happened.Detail is null ? "" : ": ", happened.Detail ?? "");
    }
}
