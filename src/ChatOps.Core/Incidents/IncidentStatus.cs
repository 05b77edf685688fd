namespace ChatOps.Core.Incidents;

/// <summary>Where an incident stands. Investigating, Identified and Monitoring are set by status updates.</summary>
public enum IncidentStatus
{
    Investigating,
    Identified,
    Monitoring,
    Resolved,
    Closed,
}
