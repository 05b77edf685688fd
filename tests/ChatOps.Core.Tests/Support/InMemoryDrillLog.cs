using ChatOps.Core.Drills;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>The drill log and schedule states in memory; a stale schedule state throws as the database store does.</summary>
internal sealed class InMemoryDrillLog : IDrillLog
{
    public List<DrillLogEntry> Entries { get; } = [];
    public Dictionary<string, DrillScheduleState> States { get; } = [];

    public Task AddAsync(DrillLogEntry entry, CancellationToken ct)
    {
        Entries.Add(entry with { Id = Entries.Count + 1 });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DrillLogEntry>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<DrillLogEntry>>(Entries.ToList());

    public Task<DrillScheduleState?> ScheduleStateAsync(string schedule, CancellationToken ct) => Task.FromResult(States.GetValueOrDefault(schedule));

    public Task SaveScheduleStateAsync(DrillScheduleState? expected, DrillScheduleState state, CancellationToken ct)
    {
        if (States.GetValueOrDefault(state.Schedule) != expected) throw new InvalidOperationException($"The schedule {state.Schedule} moved on.");
        States[state.Schedule] = state;
        return Task.CompletedTask;
    }
}
