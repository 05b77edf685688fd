using System.Collections.Concurrent;
using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// Replicas sharing a database claim due reminders and inbox intents: each goes to exactly one replica, an incident
/// is claimed whole, and a lease that runs out (its replica died) is taken over.
/// </summary>
public abstract class ClaimTests(IDatabaseSource databases) : StorageTest(databases)
{
    /// <summary>P0 incidents saved at the start have their first escalation (5m) and update reminder (15m) due by then.</summary>
    private static readonly DateTimeOffset Due = StorageReplica.Start.AddMinutes(20);

    [Fact]
    public async Task Due_reminders_go_to_exactly_one_of_several_racing_replicas()
    {
        var replicas = new[] { await ReplicaAsync("replica-a"), await ReplicaAsync("replica-b"), await ReplicaAsync("replica-c") };
        var incidents = await replicas[0].SaveManyAsync(30);
        var claimed = new ConcurrentBag<(string Replica, Guid Incident)>();

        await Task.WhenAll(replicas.Select(replica => Task.Run(async () =>
        {
            // Bounded: a replica that could claim the same incident again would otherwise loop for ever.
            for (var round = 0; round < 30 && await ClaimAsync(replica, Due, max: 2) is { Count: > 0 } mine; round++)
                foreach (var id in mine) claimed.Add((replica.Name, id));
        })));

        Assert.Equal(incidents.Select(i => i.Id).Order(), claimed.Select(c => c.Incident).Order());
    }

    [Fact]
    public async Task An_incident_is_claimed_whole_so_no_other_replica_fires_its_other_due_reminders()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");
        var incident = (await a.SaveManyAsync(1)).Single();

        // One claim at a time: the incident's first due row; its second stays unclaimed but is not up for grabs.
        Assert.Equal([incident.Id], await ClaimAsync(a, Due, max: 1));
        Assert.Empty(await ClaimAsync(b, Due, max: 1));
        Assert.Empty(await ClaimAsync(a, Due, max: 1));
    }

    [Fact]
    public async Task A_lease_that_ran_out_is_taken_over_and_a_live_one_is_not()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");
        var incident = (await a.SaveManyAsync(1)).Single();
        Assert.Equal([incident.Id], await ClaimAsync(a, Due));

        Assert.Empty(await ClaimAsync(b, Due + a.Lease - TimeSpan.FromSeconds(1)));
        Assert.Equal([incident.Id], await ClaimAsync(b, Due + a.Lease));
        Assert.Empty(await ClaimAsync(a, Due + a.Lease));
    }

    [Fact]
    public async Task Saving_the_incident_ends_the_claim()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");
        var incident = (await a.SaveManyAsync(1)).Single();
        await ClaimAsync(a, Due);

        await a.ChangeAsync(incident.Id, _ => { });

        Assert.Equal([incident.Id], await ClaimAsync(b, Due));
    }

    [Fact]
    public async Task A_restarted_replica_takes_back_its_own_claims_at_once()
    {
        var a = await ReplicaAsync("replica-a");
        var incident = (await a.SaveManyAsync(1)).Single();
        await ClaimAsync(a, Due);

        var restarted = await ReplicaAsync("replica-a");

        Assert.Equal([incident.Id], await ClaimAsync(restarted, Due));
    }

    [Fact]
    public async Task The_inbox_stores_a_retried_intent_once_across_replicas()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");

        Assert.True(await RecordAsync(a, "Ev001"));
        Assert.False(await RecordAsync(b, "Ev001"));
        Assert.False(await RecordAsync(a, "Ev001"));
    }

    [Fact]
    public async Task Each_stored_intent_is_carried_out_by_exactly_one_replica()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");
        var keys = Enumerable.Range(1, 20).Select(n => $"Ev{n:000}").ToList();
        for (var n = 0; n < keys.Count; n++) await RecordAsync(n % 2 == 0 ? a : b, keys[n]);
        var handled = new ConcurrentBag<string>();

        await Task.WhenAll(new[] { a, b }.Select(replica => Task.Run(async () =>
        {
            while (true)
            {
                var done = await replica.InboxAsync(async inbox =>
                {
                    var rows = await inbox.ClaimPendingAsync(1, CancellationToken.None);
                    foreach (var row in rows)
                    {
                        handled.Add(row.DedupeKey);
                        await inbox.CompleteAsync(row, null, CancellationToken.None);
                    }
                    return rows.Count == 0;
                });
                if (done) return;
            }
        })));

        Assert.Equal(keys, handled.Order());
        Assert.False(await a.InboxAsync(inbox => inbox.AnyPendingAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task An_intent_held_by_a_replica_that_died_is_carried_out_by_another_once_its_lease_runs_out()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");
        await RecordAsync(a, "Ev001");
        Assert.Single(await a.InboxAsync(inbox => inbox.ClaimPendingAsync(10, CancellationToken.None)));

        b.Time.Advance(b.Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await b.InboxAsync(inbox => inbox.ClaimPendingAsync(10, CancellationToken.None)));
        b.Time.Advance(TimeSpan.FromSeconds(1));
        var taken = await b.InboxAsync(inbox => inbox.ClaimPendingAsync(10, CancellationToken.None));

        Assert.Equal("Ev001", Assert.Single(taken).DedupeKey);
        Assert.Equal("replica-b", taken[0].ClaimedBy);
    }

    private static Task<IReadOnlyList<Guid>> ClaimAsync(StorageReplica replica, DateTimeOffset now, int max = 10) =>
        replica.StoreAsync(store => store.ClaimIncidentsWithDueRemindersAsync(now, max, CancellationToken.None));

    private static Task<bool> RecordAsync(StorageReplica replica, string key) =>
        replica.InboxAsync(inbox => inbox.RecordAsync(key, "slack", "command", "{}", CancellationToken.None));
}
