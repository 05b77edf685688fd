using ChatOps.Core.Audit;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// The audit log in the unit of work's DbContext: an entry added before the incident is saved goes into the same
/// transaction (<see cref="EfIncidentStore.SaveAsync"/>); entries of refusals and failures are saved on their own.
/// </summary>
public sealed class EfAuditLog(ChatOpsDbContext db) : IAuditLog
{
    public void Add(AuditEntry entry) => db.Audit.Add(entry);

    /// <summary>
    /// Saves the audit entries only: whatever else the unit of work changed and did not save (an incident half-changed
    /// by a command that then failed) is let go, never stored by the back door.
    /// </summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        var unsaved = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in unsaved) entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(string? incidentNumber, int count, CancellationToken ct)
    {
        var query = db.Audit.AsNoTracking();
        if (incidentNumber is not null) query = query.Where(a => a.IncidentNumber == incidentNumber);
        var latest = await query.OrderByDescending(a => a.Id).Take(count).ToListAsync(ct);
        latest.Reverse();
        return latest;
    }
}
