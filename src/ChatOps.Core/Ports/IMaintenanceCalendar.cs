using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Ports;

/// <summary>Scheduled maintenance windows for the status page, kept in the database; writes join the unit of work.</summary>
public interface IMaintenanceCalendar
{
    /// <summary>Stores a new window (its <see cref="ScheduledMaintenance.Id"/> is ignored) and returns it with the id it was given.</summary>
    Task<ScheduledMaintenance> AddAsync(ScheduledMaintenance maintenance, CancellationToken ct);

    /// <summary>Every window, cancelled ones included, earliest start first.</summary>
    Task<IReadOnlyList<ScheduledMaintenance>> ListAsync(CancellationToken ct);

    /// <summary>Marks the window cancelled; false when there is no such window.</summary>
    Task<bool> CancelAsync(string id, string by, DateTimeOffset at, CancellationToken ct);
}
