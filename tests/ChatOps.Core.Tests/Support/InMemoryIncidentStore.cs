using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;

namespace ChatOps.Core.Tests.Support;

/// <summary>Incidents and the latest reminder plan saved for each, in memory.</summary>
public sealed class InMemoryIncidentStore : IIncidentStore
{
    private readonly Dictionary<Guid, Incident> _incidents = [];
    private readonly Dictionary<Guid, IReadOnlyList<ScheduledReminder>> _schedules = [];

    public int Saves { get; private set; }

    public IReadOnlyCollection<Incident> Incidents => _incidents.Values;

    public IReadOnlyList<ScheduledReminder> ScheduleOf(Guid incidentId) =>
        _schedules.TryGetValue(incidentId, out var schedule) ? schedule : [];

    public Task<int> NextSequenceAsync(int year, CancellationToken ct) =>
        Task.FromResult(_incidents.Values.Where(i => i.Year == year).Select(i => i.Sequence).DefaultIfEmpty(0).Max() + 1);

    public Task<Incident?> FindByNumberAsync(string number, CancellationToken ct) =>
        Task.FromResult(_incidents.Values.FirstOrDefault(i => string.Equals(i.Number, number.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task<Incident?> FindByChannelAsync(string channelId, CancellationToken ct) =>
        Task.FromResult(_incidents.Values.FirstOrDefault(i => i.ChannelId == channelId));

    public Task<Incident?> FindAsync(Guid id, CancellationToken ct) =>
        Task.FromResult(_incidents.GetValueOrDefault(id));

    public Task<IReadOnlyList<Incident>> ListAsync(bool includeEnded, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Incident>>(_incidents.Values
            .Where(i => includeEnded || i.IsActive)
            .OrderBy(i => i.Year).ThenBy(i => i.Sequence)
            .ToList());

    public Task SaveAsync(Incident incident, IReadOnlyList<ScheduledReminder> schedule, CancellationToken ct)
    {
        Saves++;
        _incidents[incident.Id] = incident;
        _schedules[incident.Id] = schedule.ToList();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Guid>> ClaimIncidentsWithDueRemindersAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Guid>>(_schedules
            .Select(s => (Id: s.Key, Due: s.Value.Where(r => r.DueAt <= now).Select(r => (DateTimeOffset?)r.DueAt).Min()))
            .Where(s => s.Due is not null)
            .OrderBy(s => s.Due)
            .Take(max)
            .Select(s => s.Id)
            .ToList());

    public Task<IReadOnlyList<ScheduledReminder>> DueRemindersAsync(Guid incidentId, DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ScheduledReminder>>(ScheduleOf(incidentId).Where(r => r.DueAt <= now).OrderBy(r => r.DueAt).ToList());

    /// <summary>Nothing is claimed in memory, so every stored reminder counts.</summary>
    public Task<DateTimeOffset?> NextReminderDueAsync(DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult(_schedules.Values.SelectMany(s => s).Select(r => (DateTimeOffset?)r.DueAt).Min());
}
