using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>What is saved comes back the same on every provider, migrations build and keep the schema, numbers never repeat.</summary>
public abstract class StorageRoundTripTests(IDatabaseSource databases) : StorageTest(databases)
{
    [Fact]
    public async Task Migrations_build_every_table_on_an_empty_database_and_a_restart_applies_nothing_twice()
    {
        var first = await ReplicaAsync();
        await first.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().SetAsync("kept", "yes"));

        var restarted = await ReplicaAsync();

        var (applied, all) = await restarted.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ChatOpsDbContext>();
            return ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList());
        });
        Assert.Equal(["202611230001_Initial", "202611230002_Inbox", "202611230003_Replicas"], all.Take(3));
        Assert.Equal(all, applied);
        Assert.Equal("yes", await restarted.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync("kept")));
    }

    [Fact]
    public async Task Replicas_starting_together_on_an_empty_database_both_come_up()
    {
        var a = await ReplicaAsync("replica-a", migrate: false);
        var b = await ReplicaAsync("replica-b", migrate: false);

        await Task.WhenAll(a.MigrateAsync(), b.MigrateAsync());

        await a.SaveAsync(StoredIncidents.New(1));
        Assert.NotNull(await b.StoreAsync(s => s.FindByNumberAsync("INC-2026-001", CancellationToken.None)));
    }

    [Fact]
    public async Task An_incident_and_its_reminders_come_back_exactly_as_saved()
    {
        var replica = await ReplicaAsync();
        var incident = StoredIncidents.New(7, isPrivate: true);
        var acknowledged = StorageReplica.Start.AddMinutes(3).AddTicks(1234567);
        incident.Acknowledge("bob", acknowledged);
        incident.AddNote("bob", "Rolled back — \"v2\" ünïcode ✓", acknowledged);
        await replica.SaveAsync(incident);

        var loaded = await replica.StoreAsync(s => s.FindByNumberAsync("inc-2026-007", CancellationToken.None));
        var reminders = await replica.InScopeAsync(sp => sp.GetRequiredService<ChatOpsDbContext>().Reminders.OrderBy(r => r.DueAt).ToListAsync());

        Assert.NotNull(loaded);
        Assert.Equal(incident.Id, loaded.Id);
        Assert.Equal((2026, 7, "Incident 7", "P0", IncidentStatus.Investigating), (loaded.Year, loaded.Sequence, loaded.Title, loaded.SeverityKey, loaded.Status));
        Assert.True(loaded.Private);
        Assert.False(loaded.PostMortemReminded);
        Assert.Equal(StorageReplica.Start, loaded.DeclaredAt);
        Assert.Equal(acknowledged, loaded.AcknowledgedAt);
        Assert.Null(loaded.ResolvedAt);
        Assert.Equal(("payments-api", "Checkout fails", "500s from /pay"), (loaded.AffectedServices, loaded.Impact, loaded.Description));
        Assert.Equal(incident.Timeline, loaded.Timeline);
        Assert.Equal(incident.Participants, loaded.Participants);
        var plan = ReminderPlanner.Plan(incident, StoredIncidents.Runbook);
        Assert.Equal(plan.Select(p => (p.IncidentId, p.Kind, p.DueAt, p.Tier)).OrderBy(p => p.DueAt).ThenBy(p => p.Kind), reminders.Select(r => (r.IncidentId, r.Kind, r.DueAt, r.Tier)).OrderBy(r => r.DueAt).ThenBy(r => r.Kind));
    }

    [Fact]
    public async Task Queued_rows_are_numbered_in_the_order_they_are_added()
    {
        var replica = await ReplicaAsync();

        var ids = await replica.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ChatOpsDbContext>();
            var effects = Enumerable.Range(1, 3).Select(n => new OutboundEffect
            {
                Ref = $"ref-{n}", Queue = "C1", Kind = EffectKind.Post, Payload = "{}", Status = EffectStatus.Pending,
                CreatedAt = StorageReplica.Start, NextAttemptAt = StorageReplica.Start,
            }).ToList();
            db.Outbox().AddRange(effects);
            await db.SaveChangesAsync();
            return effects.Select(e => e.Id).ToList();
        });

        Assert.True(ids[0] > 0 && ids[0] < ids[1] && ids[1] < ids[2], $"ids {string.Join(", ", ids)}");
    }

    [Fact]
    public async Task Saving_again_replaces_the_reminder_plan()
    {
        var replica = await ReplicaAsync();
        var incident = StoredIncidents.New(1);
        await replica.SaveAsync(incident);

        await replica.ChangeAsync(incident.Id, i => i.Resolve("alice", "Fixed", StorageReplica.Start.AddMinutes(30)));

        var kinds = await replica.InScopeAsync(sp => sp.GetRequiredService<ChatOpsDbContext>().Reminders.Select(r => r.Kind).ToListAsync());
        Assert.Equal([ReminderKind.PostMortemDue], kinds);
    }

    [Fact]
    public async Task Sequence_numbers_never_repeat_when_replicas_reserve_them_at_once()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");

        var reserved = await Task.WhenAll(Enumerable.Range(0, 20).Select(n =>
            (n % 2 == 0 ? a : b).StoreAsync(s => s.NextSequenceAsync(2026, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 20), reserved.Order());
    }

    [Fact]
    public async Task Sequence_numbers_continue_after_the_highest_stored_incident_and_start_again_each_year()
    {
        var replica = await ReplicaAsync();
        foreach (var sequence in new[] { 1, 2, 5 }) await replica.SaveAsync(StoredIncidents.New(sequence));

        Assert.Equal(6, await replica.StoreAsync(s => s.NextSequenceAsync(2026, CancellationToken.None)));
        Assert.Equal(7, await replica.StoreAsync(s => s.NextSequenceAsync(2026, CancellationToken.None)));
        Assert.Equal(1, await replica.StoreAsync(s => s.NextSequenceAsync(2027, CancellationToken.None)));
    }

    [Fact]
    public async Task A_stale_copy_of_an_incident_cannot_overwrite_a_newer_one()
    {
        var a = await ReplicaAsync("replica-a");
        var b = await ReplicaAsync("replica-b");
        var incident = StoredIncidents.New(1);
        await a.SaveAsync(incident);

        var failure = await a.StoreAsync(async first =>
        {
            var mine = (await first.FindAsync(incident.Id, CancellationToken.None))!;
            await b.StoreAsync(async second =>
            {
                var theirs = (await second.FindAsync(incident.Id, CancellationToken.None))!;
                theirs.Acknowledge("bob", StorageReplica.Start.AddMinutes(1));
                await second.SaveAsync(theirs, [], CancellationToken.None);
            });
            mine.AddNote("alice", "written on a stale copy", StorageReplica.Start.AddMinutes(2));
            return await Record.ExceptionAsync(() => first.SaveAsync(mine, [], CancellationToken.None));
        });

        Assert.IsType<DbUpdateConcurrencyException>(failure);
        var stored = (await a.StoreAsync(s => s.FindAsync(incident.Id, CancellationToken.None)))!;
        Assert.Equal("bob", stored.AcknowledgedBy);
        Assert.DoesNotContain(stored.Timeline, e => e.Text.Contains("stale copy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_are_kept_and_overwritten()
    {
        var replica = await ReplicaAsync();
        Task<string?> Read() => replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync("shell-clock"));
        Task Write(string value) => replica.InScopeAsync(sp => sp.GetRequiredService<SettingsStore>().SetAsync("shell-clock", value));

        Assert.Null(await Read());
        await Write("1");
        await Write("2");

        Assert.Equal("2", await Read());
    }
}
