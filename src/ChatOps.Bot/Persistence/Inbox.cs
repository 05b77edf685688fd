using ChatOps.Bot.Persistence.Claims;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Records received intents once each and hands them out in arrival order, each to one replica at a time
/// (see <see cref="ClaimQueues.Inbox"/>).
/// </summary>
public sealed class Inbox(ChatOpsDbContext db, RowClaims claims, SqliteWriteGate writes, TimeProvider time)
{
    /// <summary>
    /// Attempts before an intent is given up and reported. A failed attempt rolled back everything it did (state and
    /// outbound effects commit in one transaction, see EngineServices.WithEngineAsync), so trying again is safe.
    /// </summary>
    public const int MaxAttempts = 3;

    /// <summary>Stores the intent; false when one with the same key was already received (a retry or a double submit).</summary>
    public Task<bool> RecordAsync(string dedupeKey, string platform, string kind, string payload, CancellationToken ct) =>
        AddAsync(dedupeKey, platform, kind, payload, handledNow: false, ct);

    /// <summary>
    /// Stores an intent the request carries out itself (a Teams card button, answered with the refreshed card): marked
    /// processed at once, so the worker never runs it too; false when it was already received.
    /// </summary>
    public Task<bool> ClaimAsync(string dedupeKey, string platform, string kind, string payload, CancellationToken ct) =>
        AddAsync(dedupeKey, platform, kind, payload, handledNow: true, ct);

    /// <summary>Records that a claimed intent failed.</summary>
    public Task FailClaimedAsync(string dedupeKey, string error, CancellationToken ct) => writes.RunAsync(async () =>
    {
        var row = await db.Inbox.FirstOrDefaultAsync(r => r.DedupeKey == dedupeKey, ct);
        if (row is null) return;
        row.Error = error;
        await db.SaveChangesAsync(ct);
    }, ct);

    private Task<bool> AddAsync(string dedupeKey, string platform, string kind, string payload, bool handledNow, CancellationToken ct) => writes.RunAsync(async () =>
    {
        if (await db.Inbox.AnyAsync(r => r.DedupeKey == dedupeKey, ct)) return false;
        var now = time.GetUtcNow();
        db.Inbox.Add(new InboundRow
        {
            DedupeKey = dedupeKey, Platform = platform, Kind = kind, Payload = payload, ReceivedAt = now,
            ProcessedAt = handledNow ? now : null, Attempts = handledNow ? 1 : 0,
        });
        try
        {
            // About to be acknowledged: this commit must survive a power cut, not only a crash.
            await SqliteDurability.DurablyAsync(db, () => db.SaveChangesAsync(ct), ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another request with the same key won the race: that is a duplicate, anything else is a real failure.
            if (await IsDuplicateAsync(dedupeKey)) return false;
            throw;
        }
    }, ct);

    /// <summary>Claims up to <paramref name="max"/> pending intents for this replica, oldest first.</summary>
    public async Task<IReadOnlyList<InboundRow>> ClaimPendingAsync(int max, CancellationToken ct)
    {
        var ids = await claims.ClaimAsync(ClaimQueues.Inbox, time.GetUtcNow(), max, ct);
        if (ids.Count == 0) return [];
        return await db.Inbox.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync(ct);
    }

    public Task<bool> AnyPendingAsync(CancellationToken ct) =>
        db.Inbox.AnyAsync(r => r.ProcessedAt == null && r.Attempts < MaxAttempts, ct);

    public Task CompleteAsync(InboundRow row, string? error, CancellationToken ct) => writes.RunAsync(async () =>
    {
        row.Attempts++;
        row.Error = error;
        row.ClaimedUntil = null;
        if (error is null || row.Attempts >= MaxAttempts) row.ProcessedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }, ct);

    private async Task<bool> IsDuplicateAsync(string dedupeKey)
    {
        db.ChangeTracker.Clear();
        return await db.Inbox.AnyAsync(r => r.DedupeKey == dedupeKey);
    }
}
