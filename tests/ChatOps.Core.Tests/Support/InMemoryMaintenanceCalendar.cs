using ChatOps.Core.Ports;
using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Tests.Support;

/// <summary>Scheduled maintenance in a list, numbered mnt-1, mnt-2, ... as the database does.</summary>
internal sealed class InMemoryMaintenanceCalendar : IMaintenanceCalendar
{
    public List<ScheduledMaintenance> Windows { get; } = [];

    public Task<ScheduledMaintenance> AddAsync(ScheduledMaintenance maintenance, CancellationToken ct)
    {
        var stored = maintenance with { Id = ScheduledMaintenance.IdPrefix + (Windows.Count + 1) };
        Windows.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<IReadOnlyList<ScheduledMaintenance>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ScheduledMaintenance>>(Windows.OrderBy(m => m.From).ToList());

    public Task<bool> CancelAsync(string id, string by, DateTimeOffset at, CancellationToken ct)
    {
        var index = Windows.FindIndex(m => m.Id == id);
        if (index < 0) return Task.FromResult(false);
        Windows[index] = Windows[index] with { CancelledAt = at, CancelledBy = by };
        return Task.FromResult(true);
    }
}
