using ChatOps.Core.Drills;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// The drill log (the DrillLog table) and where each drill schedule stands (a setting per schedule), in the unit of
/// work's DbContext and transaction.
/// </summary>
public sealed class EfDrillLog(ChatOpsDbContext db, SqliteWriteGate writes) : IDrillLog
{
    public const string SchedulePrefix = "drills.schedule.";

    public Task AddAsync(DrillLogEntry entry, CancellationToken ct) => writes.RunAsync(async () =>
    {
        db.DrillLog.Add(new DrillLogRow
        {
            Incident = entry.Incident, StartedAt = entry.StartedAt, EndedAt = entry.EndedAt, Operator = entry.Operator,
            Scenario = entry.Scenario, ScenarioName = entry.ScenarioName,
            DetectTicks = entry.Detect?.Ticks, DetectTargetTicks = entry.DetectTarget?.Ticks,
            MitigateTicks = entry.Mitigate?.Ticks, MitigateTargetTicks = entry.MitigateTarget?.Ticks,
            PostMortemTicks = entry.PostMortem?.Ticks, PostMortemTargetTicks = entry.PostMortemTarget?.Ticks,
            RtoTicks = entry.Rto?.Ticks, RtoTargetTicks = entry.RtoTarget?.Ticks, Gap = entry.Gap,
        });
        await db.SaveChangesAsync(ct);
    }, ct);

    public async Task<IReadOnlyList<DrillLogEntry>> ListAsync(CancellationToken ct)
    {
        var rows = await db.DrillLog.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
        return rows.Select(r => new DrillLogEntry(r.Incident, r.StartedAt, r.EndedAt, r.Operator, r.Scenario, r.ScenarioName,
            Span(r.DetectTicks), Span(r.DetectTargetTicks), Span(r.MitigateTicks), Span(r.MitigateTargetTicks),
            Span(r.PostMortemTicks), Span(r.PostMortemTargetTicks), Span(r.RtoTicks), Span(r.RtoTargetTicks), r.Gap) { Id = r.Id }).ToList();
    }

    public async Task<DrillScheduleState?> ScheduleStateAsync(string schedule, CancellationToken ct)
    {
        var key = SchedulePrefix + schedule;
        var row = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct);
        return DrillScheduleState.Decode(schedule, row?.Value);
    }

    /// <summary>An insert for the first state (a second replica's insert fails on the key), else an update of the expected value.</summary>
    public Task SaveScheduleStateAsync(DrillScheduleState? expected, DrillScheduleState state, CancellationToken ct) => writes.RunAsync(async () =>
    {
        var key = SchedulePrefix + state.Schedule;
        if (expected is null)
        {
            db.Settings.Add(new SettingRow { Key = key, Value = state.Encode() });
            await db.SaveChangesAsync(ct);
            return;
        }
        var old = expected.Encode();
        var value = state.Encode();
        var changed = await db.Settings.Where(s => s.Key == key && s.Value == old).ExecuteUpdateAsync(s => s.SetProperty(r => r.Value, value), ct);
        if (changed == 0) throw new DbUpdateConcurrencyException($"The drill schedule '{state.Schedule}' was moved on by another replica.");
    }, ct);

    private static TimeSpan? Span(long? ticks) => ticks is { } t ? TimeSpan.FromTicks(t) : null;
}
