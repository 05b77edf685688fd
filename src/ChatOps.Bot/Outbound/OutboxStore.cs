using ChatOps.Core.Ports;
using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Outbound;

/// <summary>The outbox table's queries: the next effect of each queue, claims, outcomes, and what is parked.</summary>
public sealed class OutboxStore(ChatOpsDbContext db, SqliteWriteGate writes, IDeliveredIds deliveredIds)
{
    /// <summary>
    /// The first undelivered effect of every queue, when it is due and nobody holds a live claim on it. A queue
    /// whose first effect waits (backoff, another replica) delivers nothing else in the meantime.
    /// </summary>
    public async Task<IReadOnlyList<OutboundEffect>> ReadyHeadsAsync(DateTimeOffset now, int max, CancellationToken ct) =>
        await ReadyHeads(now).OrderBy(e => e.Id).Take(max).ToListAsync(ct);

    /// <summary>When the earliest head that is not ready yet (backoff, a claim) becomes ready, if any.</summary>
    public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset now, CancellationToken ct) =>
        Heads()
            .Select(e => e.ClaimedUntil != null && e.ClaimedUntil > e.NextAttemptAt ? e.ClaimedUntil : (DateTimeOffset?)e.NextAttemptAt)
            .Where(at => at > now)
            .MinAsync(ct);

    /// <summary>
    /// How long the longest-waiting head that is ready now (due, nobody delivering it) has been due; zero when none is.
    /// Effects behind a head wait their turn and do not count, nor does a head that is backing off before a retry.
    /// </summary>
    public async Task<TimeSpan> LongestWaitAsync(DateTimeOffset now, CancellationToken ct) =>
        await ReadyHeads(now).MinAsync(e => (DateTimeOffset?)e.NextAttemptAt, ct) is { } earliest ? now - earliest : TimeSpan.Zero;

    // The database filters and aggregates the heads: the worker asks after every round, and reading every queue's head
    // (payload and all) to pick a few made an idle bot with a few hundred waiting queues allocate megabytes a second.
    private IQueryable<OutboundEffect> ReadyHeads(DateTimeOffset now) =>
        Heads().Where(e => e.NextAttemptAt <= now && (e.ClaimedUntil == null || e.ClaimedUntil < now));

    /// <summary>
    /// The first pending effect of each queue: the lowest pending id per queue, one grouped read of the (Status, Queue,
    /// Id) index (a lookup per pending effect, as a correlated subquery, cost several times more).
    /// </summary>
    private IQueryable<OutboundEffect> Heads() =>
        db.Outbox().AsNoTracking().Where(e => db.Outbox().Where(x => x.Status == EffectStatus.Pending)
            .GroupBy(x => x.Queue).Select(g => g.Min(x => x.Id)).Contains(e.Id));

    /// <summary>
    /// Takes the effect for <paramref name="replica"/> until the lease ends; false when another replica has it or it
    /// is done. The claim is written before the call, so a claim that expired without an outcome marks an attempt
    /// whose result is unknown (<see cref="OutboundEffect.Uncertain"/>).
    /// </summary>
    public async Task<bool> ClaimAsync(OutboundEffect effect, string replica, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        var until = now + lease;
        var claimed = await writes.RunAsync(() => db.Outbox()
            .Where(e => e.Id == effect.Id && e.Status == EffectStatus.Pending && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.ClaimedBy, replica)
                .SetProperty(e => e.ClaimedUntil, until)
                .SetProperty(e => e.Uncertain, true), ct), ct);
        if (claimed == 0) return false;
        effect.Uncertain = effect.ClaimedBy is not null;
        effect.ClaimedBy = replica;
        effect.ClaimedUntil = until;
        return true;
    }

    /// <summary>The outcome of an earlier effect this one refers to.</summary>
    public Task<OutboundEffect?> FindByRefAsync(string reference, CancellationToken ct) =>
        db.Outbox().AsNoTracking().FirstOrDefaultAsync(e => e.Ref == reference, ct);

    /// <summary>
    /// Marks the effect delivered and, in the same transaction, reports the real id it produced in place of its
    /// placeholder (a created channel's id and name, a posted message's id) to <see cref="IDeliveredIds"/>.
    /// </summary>
    public Task DeliveredAsync(OutboundEffect effect, string? resultId, string? resultName, DateTimeOffset now, CancellationToken ct) => writes.RunAsync(async () =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Outbox().Where(e => e.Id == effect.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Status, EffectStatus.Delivered)
            .SetProperty(e => e.DeliveredAt, now)
            .SetProperty(e => e.ResultId, resultId)
            .SetProperty(e => e.ResultName, resultName)
            .SetProperty(e => e.Attempts, effect.Attempts + 1)
            .SetProperty(e => e.Uncertain, false)
            .SetProperty(e => e.ClaimedBy, (string?)null)
            .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), ct);
        if (resultId is not null)
        {
            var placeholder = Placeholder.For(effect.Ref);
            if (effect.Kind == EffectKind.CreateChannel)
                await deliveredIds.ChannelCreatedAsync(placeholder, resultId, resultName ?? "", ct);
            else if (effect.Kind == EffectKind.Post)
                await deliveredIds.MessagePostedAsync(placeholder, resultId, ct);
        }
        await transaction.CommitAsync(ct);
    }, ct);

    /// <summary>
    /// Puts a claimed effect back untried until <paramref name="until"/> (its channel's next posting slot): no attempt
    /// is counted and its uncertainty is what it was before the claim. <paramref name="queue"/>: the queue it waits in
    /// from now on, when not the one it was in.
    /// </summary>
    public Task HoldAsync(OutboundEffect effect, DateTimeOffset until, string? queue, CancellationToken ct) => writes.RunAsync(() =>
        db.Outbox().Where(e => e.Id == effect.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Queue, queue ?? effect.Queue)
            .SetProperty(e => e.NextAttemptAt, until)
            .SetProperty(e => e.Uncertain, effect.Uncertain)
            .SetProperty(e => e.ClaimedBy, (string?)null)
            .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), ct), ct);

    /// <summary>Records a failed attempt: retried at <paramref name="retryAt"/>, or parked when that is null.</summary>
    public Task FailedAsync(OutboundEffect effect, string error, DateTimeOffset? retryAt, CancellationToken ct) => writes.RunAsync(() =>
        db.Outbox().Where(e => e.Id == effect.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Status, retryAt is null ? EffectStatus.Parked : EffectStatus.Pending)
            .SetProperty(e => e.NextAttemptAt, retryAt ?? effect.NextAttemptAt)
            .SetProperty(e => e.Attempts, effect.Attempts + 1)
            .SetProperty(e => e.LastError, error)
            .SetProperty(e => e.Uncertain, false)
            .SetProperty(e => e.ClaimedBy, (string?)null)
            .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), ct), ct);

    /// <summary>Parked effects, newest first, for /healthz and status.</summary>
    public async Task<IReadOnlyList<OutboundEffect>> ParkedAsync(int max, CancellationToken ct) =>
        await db.Outbox().AsNoTracking().Where(e => e.Status == EffectStatus.Parked).OrderByDescending(e => e.Id).Take(max).ToListAsync(ct);

    public Task<int> CountAsync(EffectStatus status, CancellationToken ct) => db.Outbox().CountAsync(e => e.Status == status, ct);
}
