namespace ChatOps.Core.Incidents;

/// <summary>A move the incident's rules do not allow; the message tells the user what to do instead.</summary>
public sealed class IncidentRuleException(string message) : Exception(message);
