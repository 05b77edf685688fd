using ChatOps.Core.Engine;

namespace ChatOps.Bot.Engine;

/// <summary>
/// One information line per incident event, with the incident, severity, actor, platform and detail as structured
/// fields: <c>declared INC-2026-001 (P1) by U0ALICE on slack: Checkout is down</c>. The bot's own work (reminders,
/// automatic escalation) names no platform: <c>reminder_fired INC-2026-001 (P1) by ChatOps: status-update, on time</c>.
/// </summary>
public sealed class IncidentEventLog(ILogger<IncidentEventLog> logger) : IIncidentEventObserver
{
    public void Committed(IncidentEvent e)
    {
        if (e.Name == IncidentEvent.Refused)
        {
            logger.LogInformation("refused for {Actor} on {Platform} ({Incident}): {Detail}", e.Actor, e.Platform, e.Incident.Length > 0 ? e.Incident : "no incident", e.Detail);
            return;
        }
        // One template per shape, so the structured fields are exactly the ones the line shows.
        switch (e.Platform.Length > 0, e.Detail is not null)
        {
            case (true, true):
                logger.LogInformation("{Event} {Incident} ({Severity}) by {Actor} on {Platform}: {Detail}", e.Name, e.Incident, e.Severity, e.Actor, e.Platform, e.Detail);
                break;
            case (true, false):
                logger.LogInformation("{Event} {Incident} ({Severity}) by {Actor} on {Platform}", e.Name, e.Incident, e.Severity, e.Actor, e.Platform);
                break;
            case (false, true):
                logger.LogInformation("{Event} {Incident} ({Severity}) by {Actor}: {Detail}", e.Name, e.Incident, e.Severity, e.Actor, e.Detail);
                break;
            default:
                logger.LogInformation("{Event} {Incident} ({Severity}) by {Actor}", e.Name, e.Incident, e.Severity, e.Actor);
                break;
        }
    }
}
