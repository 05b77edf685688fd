using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// What the outbox worker delivers next: the first pending effect of each queue when it is due and unclaimed, oldest
/// first and at most as many as asked; and when the first head that is not ready (backing off, claimed) becomes ready.
/// </summary>
public abstract class OutboxHeadsTests(IDatabaseSource databases) : StorageTest(databases)
{
    private static readonly DateTimeOffset Now = StorageReplica.Start.AddMinutes(1);

    [Fact]
    public async Task Each_queue_offers_its_first_pending_effect_when_it_is_due_and_unclaimed()
    {
        var replica = await ReplicaAsync();
        var first = await AddAsync(replica, "queue-a");
        await AddAsync(replica, "queue-a");
        await AddAsync(replica, "queue-b", EffectStatus.Delivered);
        var afterDelivered = await AddAsync(replica, "queue-b");
        var backingOff = await AddAsync(replica, "queue-c", next: Now.AddSeconds(40));
        await AddAsync(replica, "queue-c");
        var claimed = await AddAsync(replica, "queue-d", claimedUntil: Now.AddSeconds(25));
        var claimExpired = await AddAsync(replica, "queue-e", claimedUntil: Now.AddSeconds(-1));
        await AddAsync(replica, "queue-f", EffectStatus.Parked);
        var afterParked = await AddAsync(replica, "queue-f");

        var (all, two, next, nextLater) = await replica.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<OutboxStore>();
            return (await outbox.ReadyHeadsAsync(Now, 10, CancellationToken.None), await outbox.ReadyHeadsAsync(Now, 2, CancellationToken.None),
                await outbox.NextDueAsync(Now, CancellationToken.None), await outbox.NextDueAsync(Now.AddSeconds(30), CancellationToken.None));
        });

        Assert.Equal([first.Id, afterDelivered.Id, claimExpired.Id, afterParked.Id], all.Select(e => e.Id));
        Assert.Equal([first.Id, afterDelivered.Id], two.Select(e => e.Id));
        Assert.Equal(claimed.ClaimedUntil, next);
        Assert.Equal(backingOff.NextAttemptAt, nextLater);
    }

    [Fact]
    public async Task Nothing_is_due_when_every_effect_is_delivered_or_parked()
    {
        var replica = await ReplicaAsync();
        await AddAsync(replica, "queue-a", EffectStatus.Delivered);
        await AddAsync(replica, "queue-b", EffectStatus.Parked);

        var (ready, next) = await replica.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<OutboxStore>();
            return (await outbox.ReadyHeadsAsync(Now, 10, CancellationToken.None), await outbox.NextDueAsync(Now, CancellationToken.None));
        });

        Assert.Empty(ready);
        Assert.Null(next);
    }

    private static Task<OutboundEffect> AddAsync(StorageReplica replica, string queue, EffectStatus status = EffectStatus.Pending, DateTimeOffset? next = null, DateTimeOffset? claimedUntil = null) =>
        replica.InScopeAsync(async sp =>
        {
            var effect = new OutboundEffect
            {
                Ref = Placeholder.NewRef(), Queue = queue, Kind = EffectKind.Post, Payload = "{}", Status = status,
                CreatedAt = StorageReplica.Start, NextAttemptAt = next ?? StorageReplica.Start,
                ClaimedBy = claimedUntil is null ? null : "another-replica", ClaimedUntil = claimedUntil,
            };
            var db = sp.GetRequiredService<ChatOpsDbContext>();
            db.Outbox().Add(effect);
            await db.SaveChangesAsync();
            return effect;
        });
}
