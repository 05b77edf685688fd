using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;

namespace ChatOps.Core.Ports;

/// <summary>Durable incidents and their due reminders. One store per unit of work.</summary>
public interface IIncidentStore
{
    Task<int> NextSequenceAsync(int year, CancellationToken ct);

    Task<Incident?> FindByNumberAsync(string number, CancellationToken ct);

    Task<Incident?> FindByChannelAsync(string channelId, CancellationToken ct);

    Task<IReadOnlyList<Incident>> ListAsync(bool includeEnded, CancellationToken ct);

    /// <summary>Saves the incident and replaces its pending reminders with <paramref name="schedule"/>, atomically.</summary>
    Task SaveAsync(Incident incident, IReadOnlyList<ScheduledReminder> schedule, CancellationToken ct);

    /// <summary>Ids of incidents that have a reminder due at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<Guid>> IncidentsWithDueRemindersAsync(DateTimeOffset now, int max, CancellationToken ct);

    Task<Incident?> FindAsync(Guid id, CancellationToken ct);
}
