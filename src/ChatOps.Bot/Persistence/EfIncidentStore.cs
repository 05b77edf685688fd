using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>Incidents and reminders in EF Core; an incident and its reminder plan are saved in one transaction.</summary>
public sealed class EfIncidentStore(ChatOpsDbContext db) : IIncidentStore
{
    public async Task<int> NextSequenceAsync(int year, CancellationToken ct) =>
        (await db.Incidents.Where(i => i.Year == year).MaxAsync(i => (int?)i.Sequence, ct) ?? 0) + 1;

    public Task<Incident?> FindByNumberAsync(string number, CancellationToken ct)
    {
        var normalised = number.Trim().ToUpperInvariant();
        return db.Incidents.FirstOrDefaultAsync(i => i.Number == normalised, ct);
    }

    public Task<Incident?> FindByChannelAsync(string channelId, CancellationToken ct) =>
        db.Incidents.FirstOrDefaultAsync(i => i.ChannelId == channelId, ct);

    public Task<Incident?> FindAsync(Guid id, CancellationToken ct) =>
        db.Incidents.FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task<IReadOnlyList<Incident>> ListAsync(bool includeEnded, CancellationToken ct)
    {
        var query = db.Incidents.AsQueryable();
        if (!includeEnded) query = query.Where(i => i.Status != IncidentStatus.Resolved && i.Status != IncidentStatus.Closed);
        return await query.OrderBy(i => i.Year).ThenBy(i => i.Sequence).ToListAsync(ct);
    }

    public async Task SaveAsync(Incident incident, IReadOnlyList<ScheduledReminder> schedule, CancellationToken ct)
    {
        // Inside a unit of work (EngineServices.WithEngineAsync) the ambient transaction commits everything at once.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (db.Entry(incident).State == EntityState.Detached) db.Incidents.Add(incident);
        await db.Reminders.Where(r => r.IncidentId == incident.Id).ExecuteDeleteAsync(ct);
        db.Reminders.AddRange(schedule.Select(r => new ReminderRow { IncidentId = r.IncidentId, Kind = r.Kind, DueAt = r.DueAt, Tier = r.Tier }));
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> IncidentsWithDueRemindersAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        await db.Reminders
            .Where(r => r.DueAt <= now)
            .GroupBy(r => r.IncidentId)
            .Select(g => new { IncidentId = g.Key, First = g.Min(r => r.DueAt) })
            .OrderBy(x => x.First)
            .Take(max)
            .Select(x => x.IncidentId)
            .ToListAsync(ct);
}
