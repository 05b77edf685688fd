using ChatOps.Core.Ports;
using ChatOps.Core.StatusPage;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>Scheduled maintenance (the Maintenances table), in the unit of work's DbContext and transaction; ids read <c>mnt-N</c>.</summary>
public sealed class EfMaintenanceCalendar(ChatOpsDbContext db, SqliteWriteGate writes) : IMaintenanceCalendar
{
    public Task<ScheduledMaintenance> AddAsync(ScheduledMaintenance maintenance, CancellationToken ct) => writes.RunAsync(async () =>
    {
        var row = new MaintenanceRow
        {
            Components = string.Join(',', maintenance.Components), From = maintenance.From, To = maintenance.To, Text = maintenance.Text,
            ScheduledBy = maintenance.ScheduledBy, ScheduledAt = maintenance.ScheduledAt,
        };
        db.Maintenances.Add(row);
        await db.SaveChangesAsync(ct);
        return ToRecord(row);
    }, ct);

    public async Task<IReadOnlyList<ScheduledMaintenance>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Maintenances.AsNoTracking().ToListAsync(ct);
        return rows.Select(ToRecord).OrderBy(m => m.From).ToList();
    }

    public Task<bool> CancelAsync(string id, string by, DateTimeOffset at, CancellationToken ct) => writes.RunAsync(async () =>
    {
        if (!TryReadId(id, out var key)) return false;
        var row = await db.Maintenances.FirstOrDefaultAsync(r => r.Id == key, ct);
        if (row is null) return false;
        row.CancelledAt = at;
        row.CancelledBy = by;
        await db.SaveChangesAsync(ct);
        return true;
    }, ct);

    /// <summary>The maintenance windows the public page may show at <paramref name="now"/>: not cancelled, and not ended more than a day ago.</summary>
    public async Task<IReadOnlyList<ScheduledMaintenance>> ListForPageAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-1);
        var rows = await db.Maintenances.AsNoTracking().Where(r => r.CancelledAt == null).ToListAsync(ct);
        return rows.Where(r => r.To >= since).Select(ToRecord).OrderBy(m => m.From).ToList();
    }

    private static ScheduledMaintenance ToRecord(MaintenanceRow r) => new(
        ScheduledMaintenance.IdPrefix + r.Id, r.Components.Split(',', StringSplitOptions.RemoveEmptyEntries), r.From, r.To, r.Text,
        r.ScheduledBy, r.ScheduledAt, r.CancelledAt, r.CancelledBy);

    private static bool TryReadId(string id, out long key)
    {
        var digits = id.StartsWith(ScheduledMaintenance.IdPrefix, StringComparison.OrdinalIgnoreCase) ? id[ScheduledMaintenance.IdPrefix.Length..] : id;
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out key);
    }
}
