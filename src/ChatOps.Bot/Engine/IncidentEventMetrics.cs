using ChatOps.Bot.Observability;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Engine;

/// <summary>
/// Counts incident events into <see cref="IncidentMetrics"/>: declarations and resolutions by severity, escalations
/// (automatic when the bot escalated because nobody acknowledged, manual otherwise), reminders fired and how late.
/// A drill counts as a drill (<c>chatops_drills_declared_total</c>), never as an incident, so dashboards and alert rules
/// on the incident series do not move when a team practises; its reminders still count (the bot did fire them).
/// </summary>
public sealed class IncidentEventMetrics(IncidentMetrics metrics) : IIncidentEventObserver
{
    public void Committed(IncidentEvent happened)
    {
        switch (happened.Name)
        {
            case IncidentEvent.Declared when happened.Drill:
                metrics.DrillDeclared(happened.Severity);
                break;
            case IncidentEvent.Declared:
                metrics.Declared(happened.Severity);
                break;
            case IncidentEvent.Resolved or IncidentEvent.Escalated when happened.Drill:
                break;
            case IncidentEvent.Resolved:
                metrics.Resolved(happened.Severity);
                break;
            case IncidentEvent.Escalated:
                metrics.Escalated(happened.Severity, automatic: happened.Actor == IncidentEngine.BotName);
                break;
            case IncidentEvent.ReminderFired:
                metrics.ReminderFired(happened.Kind ?? "unknown", happened.Late ?? TimeSpan.Zero);
                break;
        }
    }
}
