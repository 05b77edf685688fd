namespace ChatOps.Bot.Persistence;

/// <summary>An alert key (<c>alertmanager:group:...</c>, <c>sentry:alert:...</c>) that belongs to an incident, and when an alert with it last came.</summary>
public sealed class AlertLinkRow
{
    public string Key { get; set; } = "";
    public Guid IncidentId { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
