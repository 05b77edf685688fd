using ChatOps.Core.Alerts;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Alert links and suggestions in the unit of work's DbContext and transaction. A suggestion's every save checks and
/// bumps its <see cref="Version"/>, so a stale copy (the same card answered on another replica) runs its unit of work again.
/// </summary>
public sealed class EfAlertLedger(ChatOpsDbContext db, SqliteWriteGate writes) : IAlertLedger
{
    /// <summary>A suggestion's concurrency token (a shadow column).</summary>
    public const string Version = "Version";

    public async Task<IReadOnlyList<AlertLink>> LinksAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0) return [];
        var rows = await db.AlertLinks.AsNoTracking().Where(l => keys.Contains(l.Key)).ToListAsync(ct);
        return rows.Select(l => new AlertLink(l.Key, l.IncidentId, l.LastSeenAt)).ToList();
    }

    public Task LinkAsync(IReadOnlyCollection<string> keys, Guid incidentId, DateTimeOffset seenAt, CancellationToken ct) => writes.RunAsync(async () =>
    {
        var rows = await db.AlertLinks.Where(l => keys.Contains(l.Key)).ToDictionaryAsync(l => l.Key, StringComparer.Ordinal, ct);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (!rows.TryGetValue(key, out var row)) db.AlertLinks.Add(row = new AlertLinkRow { Key = key });
            row.IncidentId = incidentId;
            row.LastSeenAt = seenAt;
        }
        await db.SaveChangesAsync(ct);
    }, ct);

    public async Task<IReadOnlyList<AlertSuggestion>> SuggestionsAsync(IReadOnlyCollection<string> keys, CancellationToken ct) =>
        keys.Count == 0 ? [] : await db.AlertSuggestions
            .Where(s => keys.Contains(s.GroupKey) || keys.Contains(s.FingerprintKey))
            .OrderByDescending(s => s.Id)
            .ToListAsync(ct);

    public Task<AlertSuggestion?> FindSuggestionAsync(long id, CancellationToken ct) =>
        db.AlertSuggestions.FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task SaveSuggestionAsync(AlertSuggestion suggestion, CancellationToken ct) => writes.RunAsync(async () =>
    {
        var entry = db.Entry(suggestion);
        if (entry.State == EntityState.Detached) db.AlertSuggestions.Add(suggestion);
        else if (entry.State != EntityState.Added)
        {
            var version = entry.Property<long>(Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
        await db.SaveChangesAsync(ct);
    }, ct);
}
