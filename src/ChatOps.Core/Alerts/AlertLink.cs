namespace ChatOps.Core.Alerts;

/// <summary>An alert key (see <see cref="AlertKeys"/>) that belongs to an incident, and when an alert with it was last received.</summary>
public sealed record AlertLink(string Key, Guid IncidentId, DateTimeOffset LastSeenAt);
