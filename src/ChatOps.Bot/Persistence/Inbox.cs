using ChatOps.Bot.Persistence.Claims;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Records received intents once each and hands them out in arrival order, each to one replica at a time
/// (see <see cref="ClaimQueues.Inbox"/>).
/// </summary>
public sealed class Inbox(ChatOpsDbContext db, RowClaims claims, SqliteWriteGate writes, InboxGroupCommit groupCommit, TimeProvider time)
{
    /// <summary>
    /// Attempts before an intent is given up and reported. A failed attempt rolled back everything it did (state and
    /// outbound effects commit in one transaction, see EngineServices.WithEngineAsync), so trying again is safe.
    /// </summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// How long an intent waits for its platform (an outage, or a platform too slow to say who acted) before it is
    /// given up and reported. Waiting is not an attempt: the intent is tried again, with growing pauses, until then.
    /// </summary>
    public static readonly TimeSpan PlatformPatience = TimeSpan.FromHours(1);

    /// <summary>The least and most time between two tries of an intent waiting for its platform.</summary>
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(2), LongestWait = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Stores the intent durably (with others that arrive meanwhile, see <see cref="InboxGroupCommit"/>); false when one
    /// with the same key was already received (a retry or a double submit).
    /// </summary>
    public Task<bool> RecordAsync(string dedupeKey, string platform, string kind, string payload, CancellationToken ct) =>
        groupCommit.RecordAsync(dedupeKey, platform, kind, payload, ct);

    /// <summary>Claims up to <paramref name="max"/> pending intents for this replica, oldest first.</summary>
    public async Task<IReadOnlyList<InboundRow>> ClaimPendingAsync(int max, CancellationToken ct)
    {
        var ids = await claims.ClaimAsync(ClaimQueues.Inbox, time.GetUtcNow(), max, ct);
        if (ids.Count == 0) return [];
        return await db.Inbox.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Whether an intent is being carried out or could be now: not one waiting for its platform, nor one queued behind
    /// it (see <see cref="ClaimQueues.Inbox"/>).
    /// </summary>
    public Task<bool> AnyPendingAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var pending = db.Inbox.Where(r => r.ProcessedAt == null && r.Attempts < MaxAttempts);
        var waiting = pending.Where(r => r.ClaimedBy == null && r.ClaimedUntil > now);
        return pending.AnyAsync(r => !(r.ClaimedBy == null && r.ClaimedUntil > now) && !waiting.Any(w => w.Platform == r.Platform && w.Id < r.Id), ct);
    }

    /// <summary>
    /// Records an attempt: done (its answer shown, or <paramref name="replyError"/> saying why it could not be: the
    /// work itself was done), or failed with <paramref name="error"/>, to be tried again until <see cref="MaxAttempts"/>.
    /// </summary>
    public Task CompleteAsync(InboundRow row, string? error, CancellationToken ct, string? replyError = null) => writes.RunAsync(async () =>
    {
        row.Attempts++;
        row.Error = error;
        row.ReplyError = replyError;
        row.ClaimedBy = null;
        row.ClaimedUntil = null;
        if (error is null || row.Attempts >= MaxAttempts) row.ProcessedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>
    /// The intent could not be carried out because its platform did not answer: nothing was done, so it is tried
    /// again later (intents of the same platform stay queued behind it, in order). Returns when, or null when it has
    /// waited <see cref="PlatformPatience"/> and is given up (recorded as failed with <paramref name="error"/>).
    /// </summary>
    public Task<DateTimeOffset?> WaitForPlatformAsync(InboundRow row, string error, TimeSpan? retryAfter, CancellationToken ct) => writes.RunAsync(async () =>
    {
        var now = time.GetUtcNow();
        var waited = now - row.ReceivedAt;
        DateTimeOffset? next = null;
        if (waited >= PlatformPatience)
        {
            row.Attempts = Math.Max(row.Attempts + 1, MaxAttempts);
            row.Error = $"gave up after waiting {Math.Round(waited.TotalMinutes)} minutes for {row.Platform}: {error}";
            row.ProcessedAt = now;
            row.ClaimedUntil = null;
        }
        else
        {
            var pause = waited < FirstWait ? FirstWait : waited > LongestWait ? LongestWait : waited;
            if (retryAfter is { } asked && asked > pause) pause = asked;
            next = now + pause;
            row.Error = $"waiting for {row.Platform}: {error}";
            row.ClaimedUntil = next;
        }
        row.ClaimedBy = null;
        await db.SaveChangesAsync(ct);
        return next;
    }, ct);

    /// <summary>Intents waiting for their platform, and intents given up or failed since <paramref name="since"/> (for /healthz).</summary>
    public async Task<(int Waiting, int Failed, IReadOnlyList<InboundRow> RecentFailed)> TroubleAsync(DateTimeOffset since, CancellationToken ct)
    {
        var waiting = await db.Inbox.CountAsync(r => r.ProcessedAt == null && r.Error != null, ct);
        var failed = db.Inbox.Where(r => r.ProcessedAt != null && r.Error != null && r.ProcessedAt >= since);
        var recent = await failed.OrderByDescending(r => r.Id).Take(5).AsNoTracking().ToListAsync(ct);
        return (waiting, recent.Count < 5 ? recent.Count : await failed.CountAsync(ct), recent);
    }
}
