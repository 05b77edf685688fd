using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;

namespace ChatOps.Core.Ports;

/// <summary>Durable incidents and their due reminders. One store per unit of work.</summary>
public interface IIncidentStore
{
    /// <summary>Reserves the next sequence number of <paramref name="year"/>: never handed out twice, even across replicas.</summary>
    Task<int> NextSequenceAsync(int year, CancellationToken ct);

    Task<Incident?> FindByNumberAsync(string number, CancellationToken ct);

    Task<Incident?> FindByChannelAsync(string channelId, CancellationToken ct);

    Task<IReadOnlyList<Incident>> ListAsync(bool includeEnded, CancellationToken ct);

    /// <summary>Saves the incident and replaces its pending reminders with <paramref name="schedule"/>, atomically.</summary>
    Task SaveAsync(Incident incident, IReadOnlyList<ScheduledReminder> schedule, CancellationToken ct);

    /// <summary>
    /// Claims for this process up to <paramref name="max"/> incidents that have a reminder due at or before
    /// <paramref name="now"/>, earliest first, and returns their ids. An incident claimed by another replica is left
    /// out until that claim is finished (the incident saved) or its lease runs out.
    /// </summary>
    Task<IReadOnlyList<Guid>> ClaimIncidentsWithDueRemindersAsync(DateTimeOffset now, int max, CancellationToken ct);

    /// <summary>
    /// The incident's stored reminders due at or before <paramref name="now"/>, claimed or not, earliest first (in saved
    /// order when due together).
    /// </summary>
    Task<IReadOnlyList<ScheduledReminder>> DueRemindersAsync(Guid incidentId, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// When the earliest stored reminder that no replica holds a live claim on falls due, or null when there is none:
    /// how long the reminder worker may sleep. It can be past while nothing is claimable, when that reminder's
    /// incident is held through an earlier one.
    /// </summary>
    Task<DateTimeOffset?> NextReminderDueAsync(DateTimeOffset now, CancellationToken ct);

    Task<Incident?> FindAsync(Guid id, CancellationToken ct);
}
