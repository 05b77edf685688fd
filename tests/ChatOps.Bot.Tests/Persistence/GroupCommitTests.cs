using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// Acknowledged intents are stored by group commit (<see cref="InboxGroupCommit"/>): intents that arrive while a commit
/// runs are stored together in the next one, a batch that fails fails every intent in it and stores none, and a
/// duplicate key is stored once whether its twin is in the same batch, an earlier one or another replica's.
/// </summary>
public abstract class GroupCommitTests(IDatabaseSource databases) : StorageTest(databases)
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    /// <summary>Another session takes the database's write lock and keeps it until the result is disposed.</summary>
    protected abstract Task<IAsyncDisposable> HoldWritesAsync(StorageReplica replica);

    /// <summary>Makes the database refuse (with an error) any insert into the inbox of the key <paramref name="key"/>.</summary>
    protected abstract Task RefuseKeyAsync(StorageReplica replica, string key);

    [Fact]
    public async Task Intents_that_arrive_while_a_commit_runs_are_stored_together_in_the_next_one()
    {
        var replica = await ReplicaAsync();
        var commit = replica.Service<InboxGroupCommit>();

        Task<bool> lead;
        List<Task<bool>> rest;
        await using (await HoldWritesAsync(replica))
        {
            lead = Record(commit, "lead");
            await WhileCommittingAsync(commit, 1);
            rest = Enumerable.Range(1, 20).Select(i => Record(commit, $"key-{i:D2}")).ToList();
        }

        Assert.True(await lead.WaitAsync(Safety));
        Assert.All(await Task.WhenAll(rest).WaitAsync(Safety), Assert.True);
        Assert.Equal((2, 21), commit.Grouped);
        var stored = await StoredAsync(replica);
        Assert.Equal(["lead", .. Enumerable.Range(1, 20).Select(i => $"key-{i:D2}")], stored.Select(r => r.DedupeKey));
        Assert.All(stored, r => Assert.Equal((StorageReplica.Start, 0, null, "test", "command"), (r.ReceivedAt, r.Attempts, r.ProcessedAt, r.Platform, r.Kind)));
        // The inbox worker finds them, the first to arrive first (one platform's intents are carried out one at a time).
        var claimed = await replica.InboxAsync(inbox => inbox.ClaimPendingAsync(50, CancellationToken.None));
        Assert.Equal("lead", Assert.Single(claimed).DedupeKey);
    }

    [Fact]
    public async Task A_batch_that_fails_fails_every_intent_in_it_and_stores_none_of_them()
    {
        var replica = await ReplicaAsync();
        var commit = replica.Service<InboxGroupCommit>();
        await RefuseKeyAsync(replica, "refused");

        Task<bool> lead;
        List<Task<bool>> batch;
        await using (await HoldWritesAsync(replica))
        {
            lead = Record(commit, "lead");
            await WhileCommittingAsync(commit, 1);
            batch = new[] { "before", "refused", "after" }.Select(k => Record(commit, k)).ToList();
        }

        Assert.True(await lead.WaitAsync(Safety));
        foreach (var member in batch) await Assert.ThrowsAnyAsync<Exception>(() => member.WaitAsync(Safety));
        Assert.Equal(["lead"], (await StoredAsync(replica)).Select(r => r.DedupeKey));

        // The next batch is stored as usual.
        Assert.True(await Record(commit, "before").WaitAsync(Safety));
        Assert.Equal(["lead", "before"], (await StoredAsync(replica)).Select(r => r.DedupeKey));
    }

    [Fact]
    public async Task A_duplicate_is_stored_once_whether_its_twin_is_in_the_same_batch_or_an_earlier_one()
    {
        var replica = await ReplicaAsync();
        var commit = replica.Service<InboxGroupCommit>();

        Task<bool> lead;
        List<Task<bool>> batch;
        await using (await HoldWritesAsync(replica))
        {
            lead = Record(commit, "lead");
            await WhileCommittingAsync(commit, 1);
            batch = new[] { "twice", "lead", "twice", "once" }.Select(k => Record(commit, k)).ToList();
        }

        Assert.True(await lead.WaitAsync(Safety));
        var answers = await Task.WhenAll(batch).WaitAsync(Safety);
        Assert.Equal([true, false, false, true], answers);
        Assert.Equal(["lead", "twice", "once"], (await StoredAsync(replica)).Select(r => r.DedupeKey));
    }

    [Fact]
    public async Task A_key_another_replica_stored_is_a_duplicate_here()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");

        var answers = await Task.WhenAll(Record(a.Service<InboxGroupCommit>(), "shared"), Record(b.Service<InboxGroupCommit>(), "shared")).WaitAsync(Safety);

        Assert.Equal([false, true], answers.Order().ToArray());
        Assert.False(await Record(a.Service<InboxGroupCommit>(), "shared").WaitAsync(Safety));
        Assert.Equal(["shared"], (await StoredAsync(a)).Select(r => r.DedupeKey));
    }

    [Fact]
    public async Task An_intent_whose_request_gave_up_before_its_batch_began_is_not_stored()
    {
        var replica = await ReplicaAsync();
        var commit = replica.Service<InboxGroupCommit>();
        using var gaveUp = new CancellationTokenSource();

        Task<bool> lead, abandoned, kept;
        await using (await HoldWritesAsync(replica))
        {
            lead = Record(commit, "lead");
            await WhileCommittingAsync(commit, 1);
            abandoned = commit.RecordAsync("abandoned", "test", "command", "{}", gaveUp.Token);
            kept = Record(commit, "kept");
            await gaveUp.CancelAsync();
        }

        Assert.True(await lead.WaitAsync(Safety));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Safety));
        Assert.True(await kept.WaitAsync(Safety));
        Assert.Equal(["lead", "kept"], (await StoredAsync(replica)).Select(r => r.DedupeKey));
    }

    [Fact]
    public async Task A_flow_that_holds_the_writer_turn_can_still_record_an_intent()
    {
        var replica = await ReplicaAsync();
        var commit = replica.Service<InboxGroupCommit>();

        var stored = await replica.Service<SqliteWriteGate>().RunAsync(() => Record(commit, "inside")).WaitAsync(Safety);

        Assert.True(stored);
        Assert.Equal(["inside"], (await StoredAsync(replica)).Select(r => r.DedupeKey));
    }

    private static Task<bool> Record(InboxGroupCommit commit, string key) => commit.RecordAsync(key, "test", "command", $$"""{"key":"{{key}}"}""", CancellationToken.None);

    /// <summary>Waits (bounded by wall clock, for safety) until a batch of <paramref name="intents"/> is being committed.</summary>
    private static async Task WhileCommittingAsync(InboxGroupCommit commit, int intents)
    {
        var until = DateTime.UtcNow + Safety;
        while (true)
        {
            // Take the signal before looking, so a change in between wakes the wait.
            var changed = commit.CommittingChanged;
            if (commit.Committing == intents) return;
            var left = until - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero && await Task.WhenAny(changed, Task.Delay(left)) == changed, $"no batch of {intents} was committing within {Safety}");
        }
    }

    private static Task<List<InboundRow>> StoredAsync(StorageReplica replica) =>
        replica.InScopeAsync(sp => sp.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
}
