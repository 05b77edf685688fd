using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// Every write the bot makes through EF Core, on either provider, tells <see cref="StorageWriteHealth"/> how it went: a
/// database that refuses writes is reported failing with its error from the first failure, a duplicate key is not
/// storage trouble, and the readiness probe's own write brings it back once the database takes writes again.
/// </summary>
public abstract class StorageWriteHealthTests(IDatabaseSource databases) : StorageTest(databases)
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(5);

    /// <summary>A fragment of the error the database gives while <see cref="StopWritesAsync"/> is in force.</summary>
    protected abstract string RefusalError { get; }

    /// <summary>Makes the database refuse writes while still answering reads.</summary>
    protected abstract Task StopWritesAsync(StorageReplica replica);

    protected abstract Task ResumeWritesAsync(StorageReplica replica);

    [Fact]
    public async Task A_write_that_stores_rows_counts_as_working_and_a_duplicate_key_is_no_storage_trouble()
    {
        var replica = await ReplicaAsync();
        var health = replica.Service<StorageWriteHealth>();

        await replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().SetAsync("some.key", "one"));
        Assert.Equal(StorageReplica.Start, health.Current.LastSucceededAt);

        replica.Time.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<DbUpdateException>(() => replica.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ChatOpsDbContext>();
            db.Settings.Add(new SettingRow { Key = "some.key", Value = "two" });
            await db.SaveChangesAsync();
        }));
        Assert.False(health.Current.Failing);
        Assert.Null(health.Current.LastError);
    }

    [Fact]
    public async Task Writes_the_database_refuses_mark_storage_failing_until_the_probe_writes_again()
    {
        var replica = await ReplicaAsync();
        var health = replica.Service<StorageWriteHealth>();
        var probe = replica.Service<StorageWriteProbe>();
        Assert.False((await probe.CheckAsync(ProbeEvery, CancellationToken.None)).Failing);

        await StopWritesAsync(replica);
        try
        {
            var failedAt = replica.Time.GetUtcNow();
            await Assert.ThrowsAnyAsync<Exception>(() => replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().SetAsync("some.key", "refused")));
            Assert.Equal(failedAt, health.Current.FailingSince);
            Assert.Contains(RefusalError, health.Current.LastError);
            // Reads still work: only writes are refused.
            Assert.Null(await replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync("some.key")));

            replica.Time.Advance(ProbeEvery);
            var probed = await probe.CheckAsync(ProbeEvery, CancellationToken.None);
            Assert.Equal(failedAt, probed.FailingSince);
            Assert.Equal(replica.Time.GetUtcNow(), probed.LastFailedAt);
        }
        finally
        {
            await ResumeWritesAsync(replica);
        }

        // Within the interval the probe does not write again; after it, one write is enough.
        Assert.True((await probe.CheckAsync(ProbeEvery, CancellationToken.None)).Failing);
        replica.Time.Advance(ProbeEvery);
        var recovered = await probe.CheckAsync(ProbeEvery, CancellationToken.None);
        Assert.False(recovered.Failing);
        Assert.Equal(replica.Time.GetUtcNow(), recovered.LastSucceededAt);
        Assert.Contains(RefusalError, recovered.LastError);
        Assert.StartsWith("replica-a ", await replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync(StorageWriteProbe.Key)));
    }

    [Fact]
    public async Task Replicas_probing_at_the_same_moment_never_collide_on_the_heartbeat_row()
    {
        var replicas = new[] { await ReplicaAsync("replica-a"), await ReplicaAsync("replica-b"), await ReplicaAsync("replica-c") };

        var states = await Task.WhenAll(replicas.Select(r => Task.Run(() => r.Service<StorageWriteProbe>().CheckAsync(ProbeEvery, CancellationToken.None))));

        Assert.All(states, s => Assert.False(s.Failing, s.LastError));
        Assert.All(states, s => Assert.Equal(StorageReplica.Start, s.LastSucceededAt));
    }
}
