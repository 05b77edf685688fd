using ChatOps.Core.Drills;

namespace ChatOps.Core.Ports;

/// <summary>
/// The drill log (one row per drill that ended) and where each drill schedule stands, kept in the database. Writes join
/// the unit of work: they commit with it or not at all.
/// </summary>
public interface IDrillLog
{
    /// <summary>Adds a row (saved within the unit of work's transaction).</summary>
    Task AddAsync(DrillLogEntry entry, CancellationToken ct);

    /// <summary>Every drill that ended, oldest first (including the ones added in this unit of work).</summary>
    Task<IReadOnlyList<DrillLogEntry>> ListAsync(CancellationToken ct);

    /// <summary>Where the schedule stands, or null before it was first seen.</summary>
    Task<DrillScheduleState?> ScheduleStateAsync(string schedule, CancellationToken ct);

    /// <summary>
    /// Stores the schedule's new state, provided it still is <paramref name="expected"/> (null: never stored); when another
    /// replica moved it first, throws so the unit of work is rolled back and run again.
    /// </summary>
    Task SaveScheduleStateAsync(DrillScheduleState? expected, DrillScheduleState state, CancellationToken ct);
}
