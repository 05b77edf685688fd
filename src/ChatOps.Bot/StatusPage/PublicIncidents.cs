using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.StatusPage;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.StatusPage;

/// <summary>
/// What the public pages may read: incidents that touched the status page within the history window, filtered by
/// <see cref="StatusPageVisibility"/> (never a private incident, whatever was stored).
/// </summary>
public sealed class PublicIncidents(ChatOpsDbContext db)
{
    public async Task<IReadOnlyList<Incident>> ListAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-StatusPageDays.Days - 1);
        var stored = await db.Incidents.AsNoTracking().Where(i => i.PublicSince != null).ToListAsync(ct);
        return stored.Where(i => StatusPageVisibility.Shows(i) && (i.ResolvedAt is null || i.ResolvedAt >= since))
            .OrderByDescending(i => i.PublicSince).ToList();
    }

    public async Task<Incident?> FindAsync(string publicId, CancellationToken ct)
    {
        if (publicId.Length is 0 or > 32) return null;
        var found = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.PublicId == publicId, ct);
        return found is not null && StatusPageVisibility.Shows(found) && found.WasPublished ? found : null;
    }
}
