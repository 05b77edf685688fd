using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// A database made by the release whose migrations were hand-written (<see cref="ReleasedDatabase"/>) opens with
/// today's code as the bot opens it (AddChatOpsDatabase, DatabaseSetup.MigrateAsync): its history rows stay, only
/// newer migrations run, and every row reads back through the stores.
/// </summary>
public abstract class UpgradeTests(IDatabaseSource databases) : IAsyncLifetime
{
    private static readonly DateTimeOffset T = StorageReplica.Start;
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly List<StorageReplica> _replicas = [];

    [Fact]
    public async Task Two_replicas_starting_on_a_released_database_keep_its_history_and_apply_only_newer_migrations()
    {
        var database = await ReleasedAsync();

        await Task.WhenAll(Replica(database, "replica-a").MigrateAsync(), Replica(database, "replica-b").MigrateAsync());

        var (history, all) = await _replicas[0].InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ChatOpsDbContext>();
            var rows = await db.Database.SqlQuery<string>($"""SELECT "MigrationId" || ' ' || "ProductVersion" AS "Value" FROM "__EFMigrationsHistory" """).ToListAsync();
            return (rows.Order(StringComparer.Ordinal).ToList(), db.Database.GetMigrations().ToList());
        });
        Assert.Equal(ReleasedDatabase.MigrationIds, all.Take(ReleasedDatabase.MigrationIds.Count));
        Assert.Equal(ReleasedDatabase.MigrationIds.Select(id => $"{id} {ReleasedDatabase.ProductVersion}"), history.Take(ReleasedDatabase.MigrationIds.Count));
        Assert.Equal(all, history.Select(row => row.Split(' ')[0]));
    }

    [Fact]
    public async Task Every_row_the_release_wrote_reads_back_through_the_stores()
    {
        var replica = Replica(await ReleasedAsync(), "replica-a");
        await replica.MigrateAsync();

        var counts = await replica.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ChatOpsDbContext>();
            return (await db.Incidents.CountAsync(), await db.Reminders.CountAsync(), await db.Settings.CountAsync(), await db.Inbox.CountAsync(),
                await db.Outbox().CountAsync(), await db.Audit.CountAsync(), await db.Counters.CountAsync());
        });
        Assert.Equal((2, 3, 1, 1, 2, 2, 1), counts);

        var leak = await replica.StoreAsync(s => s.FindByNumberAsync("inc-2026-001", None));
        Assert.NotNull(leak);
        Assert.Equal(("Tenant B rows visible to tenant A", "P1", IncidentStatus.Monitoring, "data-leak", true, "carol"), (leak.Title, leak.SeverityKey, leak.Status, leak.Kind, leak.Private, leak.Comms));
        Assert.Equal((T, T.AddMinutes(4), "bob", T.AddMinutes(40)), (leak.DeclaredAt, leak.AcknowledgedAt, leak.AcknowledgedBy, leak.MitigatedAt));
        Assert.Equal(9, leak.Timeline.Count);
        Assert.Equal("Rolled back — \"v2\" ünïcode ✓ 'quoted'", leak.Timeline.Single(e => e.Kind == "note").Text);
        Assert.Equal(("api-health", "ok"), (Assert.Single(leak.TriageAnswers).QuestionId, leak.TriageAnswers[0].AnswerId));
        var escalation = Assert.Single(leak.Escalations);
        Assert.Equal((1, "engineering-lead", true), (escalation.Tier, Assert.Single(escalation.People), escalation.Automatic));
        Assert.Equal(["alice", "bob", "carol", "dave", "engineering-lead"], leak.Participants);
        var clock = Assert.Single(leak.Deadlines);
        Assert.Equal(("notification", T, T.AddDays(3), 3, true), (clock.Key, clock.StartedAt, clock.DueAt, clock.RemindAt.Count, clock.IsRunning));

        var closed = await replica.StoreAsync(s => s.FindByNumberAsync("INC-2026-002", None));
        Assert.Equal((IncidentStatus.Closed, "Disk filled; rotated logs", "postmortems/INC-2026-002.md"), (closed!.Status, closed.Summary, closed.PostMortemFile));

        var due = await replica.StoreAsync(s => s.DueRemindersAsync(leak.Id, T.AddDays(10), None));
        Assert.Equal([(ReminderKind.StatusUpdate, null), (ReminderKind.DeadlineReminder, "notification"), (ReminderKind.DeadlineOverdue, "notification")], due.Select(r => (r.Kind, r.Clock)));

        Assert.Equal("https://smba.trafficmanager.net/emea/", await replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync("teams:serviceUrl")));
        Assert.True(await replica.InboxAsync(i => i.AnyPendingAsync(None)));
        Assert.False(await replica.InboxAsync(i => i.RecordAsync("Ev0123ABC", "slack", "event", "{}", None)));

        var (delivered, pending) = await replica.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<OutboxStore>();
            return ((await outbox.FindByRefAsync("ref-1", None))!, (await outbox.FindByRefAsync("ref-2", None))!);
        });
        Assert.Equal((EffectStatus.Delivered, "1741942801.000200"), (delivered.Status, delivered.ResultId));
        Assert.Equal((EffectKind.Pin, EffectStatus.Pending, 2, true, "replica-a"), (pending.Kind, pending.Status, pending.Attempts, pending.Uncertain, pending.ClaimedBy));

        var audit = await replica.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().LatestAsync("INC-2026-001", 10, None));
        Assert.Equal([("alice", "Allowed"), ("mallory", "Denied")], audit.Select(a => (a.Actor, a.Outcome.ToString())));
    }

    [Fact]
    public async Task The_bot_carries_on_writing_to_a_released_database()
    {
        var replica = Replica(await ReleasedAsync(), "replica-a");
        await replica.MigrateAsync();

        var sequence = await replica.StoreAsync(s => s.NextSequenceAsync(2026, None));
        await replica.SaveAsync(StoredIncidents.New(sequence));
        Assert.True(await replica.InboxAsync(i => i.RecordAsync("Ev0456DEF", "slack", "event", "{}", None)));

        Assert.Equal(3, sequence);
        Assert.NotNull(await replica.StoreAsync(s => s.FindByNumberAsync("INC-2026-003", None)));
        Assert.Equal(2, await replica.InScopeAsync(sp => sp.GetRequiredService<ChatOpsDbContext>().Inbox.CountAsync()));
    }

    [Fact]
    public async Task An_upgraded_database_has_the_same_columns_and_indexes_as_a_new_one()
    {
        var upgraded = Replica(await ReleasedAsync(), "upgraded");
        var fresh = Replica(await databases.NewDatabaseAsync(), "fresh");
        await upgraded.MigrateAsync();
        await fresh.MigrateAsync();

        var expected = await fresh.InScopeAsync(sp => StoredSchema.DescribeAsync(sp.GetRequiredService<ChatOpsDbContext>()));
        var actual = await upgraded.InScopeAsync(sp => StoredSchema.DescribeAsync(sp.GetRequiredService<ChatOpsDbContext>()));

        Assert.Equal(expected, actual);
    }

    private async Task<Dictionary<string, string?>> ReleasedAsync()
    {
        var database = await databases.NewDatabaseAsync();
        await ReleasedDatabase.CreateAsync(database);
        return database;
    }

    private StorageReplica Replica(IReadOnlyDictionary<string, string?> database, string name)
    {
        var replica = new StorageReplica(database, name);
        _replicas.Add(replica);
        return replica;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
        (databases as IDisposable)?.Dispose();
    }
}
