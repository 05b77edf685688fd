
namespace ChatOps.Bot.Persistence.Claims;

/// <summary>Every table whose rows replicas claim, and how. A new queue table goes here and in <see cref="All"/>.</summary>
public static class ClaimQueues
{
    /// <summary>
    /// Due reminders, claimed by incident: the claimed row is the incident's earliest, and its claim stands for all of
    /// the incident's due reminders (firing re-plans from the incident and replaces every row).
    /// </summary>
    public static readonly ClaimQueue Reminders = new("Reminders", Pending: "TRUE", Ready: "\"DueAt\" <= @now", Group: "IncidentId", Order: ["DueAt"]);

    /// <summary>
    /// Received intents not yet carried out, in arrival order per platform: an intent waiting for its platform (its
    /// claim runs out when it is due again) holds the later ones of that platform, so they are carried out in order.
    /// </summary>
    public static readonly ClaimQueue Inbox = new("Inbox", Pending: $"\"ProcessedAt\" IS NULL AND \"Attempts\" < {Persistence.Inbox.MaxAttempts}", Ready: null, Group: "Platform", Order: ["Id"]);

    public static readonly IReadOnlyList<ClaimQueue> All = [Reminders, Inbox];
}
