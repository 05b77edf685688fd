namespace ChatOps.Core.StatusPage;

/// <summary>A public incident's status, as Statuspage names them (<c>investigating</c> ... <c>resolved</c>).</summary>
public enum PublicStatus
{
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}
