namespace ChatOps.Bot.Observability;

/// <summary>
/// What is waiting, as read from the database: intents not yet carried out, effects not yet delivered or parked,
/// how long the longest-waiting ready effect has waited, and the open incidents by severity.
/// </summary>
public sealed record Backlog(
    long InboxPending,
    long OutboxPending,
    long OutboxParked,
    TimeSpan OutboxOldestDue,
    IReadOnlyDictionary<string, long> OpenIncidents);
