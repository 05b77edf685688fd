using ChatOps.Bot.Persistence.Claims;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Incidents and reminders in EF Core; an incident and its reminder plan are saved in one transaction. Safe for
/// several replicas on one database: sequence numbers come from an atomic counter, every save of an incident checks
/// its <see cref="Version"/> (a stale copy throws <see cref="DbUpdateConcurrencyException"/> and the unit of work is
/// run again), and due reminders are claimed by one replica at a time.
/// </summary>
public sealed class EfIncidentStore(ChatOpsDbContext db, RowClaims claims, SqliteWriteGate writes) : IIncidentStore
{
    /// <summary>The incident's concurrency token (a shadow column).</summary>
    public const string Version = "Version";

    /// <summary>Reserves the next number of <paramref name="year"/>; the first reservation of a year starts after the highest stored.</summary>
    public async Task<int> NextSequenceAsync(int year, CancellationToken ct)
    {
        var name = $"incident-sequence-{year}";
        var reserved = await writes.RunAsync(() => db.Database.SqlQuery<long>($"""
            INSERT INTO "Counters" ("Name", "Value")
            VALUES ({name}, (SELECT COALESCE(MAX("Sequence"), 0) FROM "Incidents" WHERE "Year" = {year}) + 1)
            ON CONFLICT ("Name") DO UPDATE SET "Value" = "Counters"."Value" + 1
            RETURNING "Value"
            """).ToListAsync(ct), ct);
        return checked((int)reserved.Single());
    }

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

    public Task SaveAsync(Incident incident, IReadOnlyList<ScheduledReminder> schedule, CancellationToken ct) => writes.RunAsync(async () =>
    {
        // Inside a unit of work (EngineServices.WithEngineAsync) the ambient transaction commits everything at once.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var entry = db.Entry(incident);
        if (entry.State == EntityState.Detached) db.Incidents.Add(incident);
        else if (entry.State != EntityState.Added)
        {
            // Always an UPDATE ... WHERE "Version" = loaded, even when only the reminders change.
            var version = entry.Property<long>(Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
        await db.Reminders.Where(r => r.IncidentId == incident.Id).ExecuteDeleteAsync(ct);
        db.Reminders.AddRange(schedule.Select(r => new ReminderRow { IncidentId = r.IncidentId, Kind = r.Kind, DueAt = r.DueAt, Tier = r.Tier, Clock = r.Clock }));
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }, ct);

    public async Task<IReadOnlyList<Guid>> ClaimIncidentsWithDueRemindersAsync(DateTimeOffset now, int max, CancellationToken ct)
    {
        var rows = await claims.ClaimAsync(ClaimQueues.Reminders, now, max, ct);
        if (rows.Count == 0) return [];
        var incidents = await db.Reminders.Where(r => rows.Contains(r.Id)).OrderBy(r => r.DueAt).Select(r => r.IncidentId).ToListAsync(ct);
        return incidents.Distinct().ToList();
    }

    public async Task<IReadOnlyList<ScheduledReminder>> DueRemindersAsync(Guid incidentId, DateTimeOffset now, CancellationToken ct) =>
        await db.Reminders
            .Where(r => r.IncidentId == incidentId && r.DueAt <= now)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Select(r => new ScheduledReminder(r.IncidentId, r.Kind, r.DueAt, r.Tier, r.Clock))
            .ToListAsync(ct);

    public Task<DateTimeOffset?> NextReminderDueAsync(DateTimeOffset now, CancellationToken ct) =>
        db.Reminders
            .Where(r => r.ClaimedUntil == null || r.ClaimedUntil <= now)
            .MinAsync(r => (DateTimeOffset?)r.DueAt, ct);
}
