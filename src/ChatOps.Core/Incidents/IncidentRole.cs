namespace ChatOps.Core.Incidents;

/// <summary>The roles a person can hold in an incident.</summary>
public enum IncidentRole
{
    Commander,
    Comms,
    Scribe,
}
