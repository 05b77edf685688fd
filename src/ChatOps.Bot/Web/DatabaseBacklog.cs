using ChatOps.Bot.Observability;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Web;

/// <summary>
/// The backlog behind the <c>/metrics</c> gauges, in a few indexed counting queries: pending intents, pending and
/// parked effects, the longest wait of a ready effect, and open incidents grouped by severity (every severity of the
/// runbook is reported, zero when none is open, so a series drops to 0 instead of vanishing).
/// </summary>
public sealed class DatabaseBacklog(IServiceScopeFactory scopes, Runbook runbook, TimeProvider time) : IBacklogSource
{
    public async Task<Backlog> ReadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        var inbox = await db.Inbox.LongCountAsync(r => r.ProcessedAt == null && r.Attempts < Inbox.MaxAttempts, ct);
        var outbox = await db.Outbox().Where(e => e.Status != EffectStatus.Delivered)
            .GroupBy(e => e.Status).Select(g => new { Status = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var oldestDue = await scope.ServiceProvider.GetRequiredService<OutboxStore>().LongestWaitAsync(time.GetUtcNow(), ct);
        var open = await db.Incidents.Where(i => i.Status != IncidentStatus.Resolved && i.Status != IncidentStatus.Closed && !i.IsDrill)
            .GroupBy(i => i.SeverityKey).Select(g => new { Severity = g.Key, Count = g.LongCount() }).ToListAsync(ct);

        var bySeverity = runbook.Severities.ToDictionary(s => s.Key, _ => 0L, StringComparer.OrdinalIgnoreCase);
        foreach (var group in open) bySeverity[group.Severity] = group.Count;
        long Effects(EffectStatus status) => outbox.FirstOrDefault(g => g.Status == status)?.Count ?? 0;
        return new Backlog(inbox, Effects(EffectStatus.Pending), Effects(EffectStatus.Parked), oldestDue, bySeverity);
    }
}
