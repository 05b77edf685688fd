namespace ChatOps.Core.Engine;

/// <summary>
/// Something that happened to an incident, told to <see cref="Ports.IIncidentEvents"/> as it happens in a unit of
/// work; the host publishes it (a log line, a metric) once that unit of work has committed.
/// </summary>
/// <param name="Kind">What kind of reminder fired (<c>StatusUpdate</c>, <c>Escalation</c>, ...), for reminder events.</param>
/// <param name="Late">How long after its due time a reminder fired, for reminder events.</param>
public sealed record IncidentEvent(string Name, string Incident, string Severity, string Actor, string Platform, DateTimeOffset At, string? Detail = null, string? Kind = null, TimeSpan? Late = null, bool Drill = false)
{
    public const string Declared = "declared";
    public const string Acknowledged = "acknowledged";
    public const string Updated = "updated";
    public const string SeverityChanged = "severity_changed";
    public const string Escalated = "escalated";
    public const string ReminderFired = "reminder_fired";
    public const string Resolved = "resolved";
    public const string Closed = "closed";
    public const string Refused = "refused";
}
