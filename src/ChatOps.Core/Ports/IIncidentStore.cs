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

    Task<Incident?> FindAsync(Guid id, CancellationToken ct);
}
