using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>Past incidents filtered in the database: by when they were declared, by the impact window, by open action items.</summary>
public sealed class EfIncidentHistory(ChatOpsDbContext db) : IIncidentHistory
{
    public async Task<IReadOnlyList<Incident>> DeclaredBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        await db.Incidents.Where(i => i.DeclaredAt >= from && i.DeclaredAt < to).OrderBy(i => i.DeclaredAt).ToListAsync(ct);

    /// <summary>
    /// It began before <paramref name="to"/> (it began no later than it was declared or noticed) and its impact had not
    /// ended by <paramref name="from"/> (mitigated, else resolved, else still going on).
    /// </summary>
    public async Task<IReadOnlyList<Incident>> ImpactTouchingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        await db.Incidents
            .Where(i => i.DeclaredAt < to || (i.StartedAt != null && i.StartedAt < to) || (i.DetectedAt != null && i.DetectedAt < to))
            .Where(i => i.MitigatedAt > from || (i.MitigatedAt == null && (i.ResolvedAt == null || i.ResolvedAt > from)))
            .OrderBy(i => i.DeclaredAt)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Incident>> WithOpenActionsAsync(CancellationToken ct) =>
        await db.Incidents.Where(i => i.Actions.Any(a => a.DoneAt == null)).OrderBy(i => i.DeclaredAt).ToListAsync(ct);
}
