using ChatOps.Core.Audit;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// The audit log in the unit of work's DbContext: an entry is stored by the same SaveChanges, in the same transaction,
/// as the incident change it records (<see cref="EfIncidentStore.SaveAsync"/>, <c>EngineServices.WithEngineAsync</c>).
/// </summary>
public sealed class EfAuditLog(ChatOpsDbContext db, SqliteWriteGate writes) : IAuditLog
{
    public void Add(AuditEntry entry) => db.Audit.Add(entry);

    public async Task SaveAsync(CancellationToken ct)
    {
        if (db.ChangeTracker.HasChanges()) await writes.RunAsync(() => db.SaveChangesAsync(ct), ct);
    }

    /// <summary>
    /// Undoes the failed unit of work now rather than when its scope ends (rolling back its transaction and letting go
    /// of every other change), then stores its audit entries on their own, so the record of the failure survives it.
    /// </summary>
    public Task SaveAfterFailureAsync(CancellationToken ct) => writes.RunAsync(async () =>
    {
        if (db.Database.CurrentTransaction is { } transaction) await transaction.RollbackAsync(ct);
        var entries = db.ChangeTracker.Entries<AuditEntry>().Select(e => e.Entity).ToList();
        db.ChangeTracker.Clear();
        foreach (var entry in entries)
        {
            // One stored inside the rolled-back transaction is gone with it: store it again under a new id.
            db.Entry(entry).Property(nameof(AuditEntry.Id)).CurrentValue = 0L;
            db.Audit.Add(entry);
        }
        await db.SaveChangesAsync(ct);
    }, ct);

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(string? incidentNumber, int count, CancellationToken ct)
    {
        var query = db.Audit.AsNoTracking();
        if (incidentNumber is not null) query = query.Where(a => a.IncidentNumber == incidentNumber);
        var latest = await query.OrderByDescending(a => a.Id).Take(count).ToListAsync(ct);
        latest.Reverse();
        return latest;
    }
}
