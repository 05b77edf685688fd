using ChatOps.Bot.Persistence;
using ChatOps.Core.Audit;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>The audit log and deadline clocks on a real SQLite file, migrated from empty.</summary>
public sealed class AuditStorageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-audit-").FullName;
    private ServiceProvider _services = null!;

    private static Runbook Runbook => RunbookLoader.LoadOrThrow(File.ReadAllText(ChatOps.Tests.Shared.RepoFiles.Path("runbooks", "default.yaml")), "default.yaml");

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(_folder, "chatops.db")};Pooling=False" })
            .Build();
        _services = new ServiceCollection().AddLogging().AddChatOpsDatabase(configuration).BuildServiceProvider();
        await DatabaseSetup.MigrateAsync(_services);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static Incident DataLeak() =>
        Incident.Declare(2026, 1, "Tenant B rows visible", Runbook.FindSeverity("P1")!, "alice", "alice", DeclareDetails.None, "C1", "inc-2026-001", T, Runbook.FindKind("data-leak"));

    [Fact]
    public async Task An_entry_added_before_the_incident_is_saved_is_stored_by_that_save()
    {
        var incident = DataLeak();
        await InScopeAsync(async s =>
        {
            var entry = new AuditEntry(T, "alice", "shell", "declare P1 --kind data-leak Tenant B rows visible");
            entry.About(incident.Number);
            s.GetRequiredService<IAuditLog>().Add(entry);
            await s.GetRequiredService<IIncidentStore>().SaveAsync(incident, ReminderPlanner.Plan(incident, Runbook), default);
            return 0;
        });

        var stored = await InScopeAsync(s => s.GetRequiredService<IAuditLog>().LatestAsync(null, 10, default));

        var row = Assert.Single(stored);
        Assert.Equal(("alice", "shell", "INC-2026-001", AuditOutcome.Allowed, T), (row.Actor, row.Platform, row.IncidentNumber, row.Outcome, row.At));
    }

    [Fact]
    public async Task After_a_failure_the_unit_of_work_is_undone_but_its_audit_entry_is_kept()
    {
        var incident = DataLeak();
        await InScopeAsync(async s =>
        {
            await s.GetRequiredService<IIncidentStore>().SaveAsync(incident, ReminderPlanner.Plan(incident, Runbook), default);
            return 0;
        });

        await InScopeAsync(async s =>
        {
            // As EngineServices.WithEngineAsync runs a unit of work: one transaction around everything.
            var db = s.GetRequiredService<ChatOpsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var audit = s.GetRequiredService<IAuditLog>();
            var entry = new AuditEntry(T.AddMinutes(1), "bob", "slack", "ack");
            audit.Add(entry);
            var loaded = (await s.GetRequiredService<IIncidentStore>().FindByNumberAsync("INC-2026-001", default))!;
            loaded.Acknowledge("bob", T.AddMinutes(1));
            await s.GetRequiredService<IIncidentStore>().SaveAsync(loaded, ReminderPlanner.Plan(loaded, Runbook), default);
            entry.Fail("IOException: disk full");
            await audit.SaveAfterFailureAsync(default);
            return 0;
        });

        var reloaded = await InScopeAsync(s => s.GetRequiredService<IIncidentStore>().FindByNumberAsync("INC-2026-001", default));
        var all = await InScopeAsync(s => s.GetRequiredService<IAuditLog>().LatestAsync(null, 10, default));
        Assert.Null(reloaded!.AcknowledgedAt);
        var row = Assert.Single(all);
        Assert.Equal((AuditOutcome.Failed, "IOException: disk full", "bob"), (row.Outcome, row.Message, row.Actor));
    }

    [Fact]
    public async Task The_latest_entries_come_oldest_first_and_can_be_limited_to_one_incident()
    {
        await InScopeAsync(async s =>
        {
            var audit = s.GetRequiredService<IAuditLog>();
            for (var i = 0; i < 5; i++)
            {
                var entry = new AuditEntry(T.AddMinutes(i), "alice", "shell", $"note {i}");
                entry.About(i % 2 == 0 ? "INC-2026-001" : "INC-2026-002");
                audit.Add(entry);
            }
            await audit.SaveAsync(default);
            return 0;
        });

        var latest = await InScopeAsync(s => s.GetRequiredService<IAuditLog>().LatestAsync(null, 3, default));
        var first = await InScopeAsync(s => s.GetRequiredService<IAuditLog>().LatestAsync("INC-2026-001", 10, default));

        Assert.Equal(["note 2", "note 3", "note 4"], latest.Select(e => e.Command));
        Assert.Equal(["note 0", "note 2", "note 4"], first.Select(e => e.Command));
    }

    [Fact]
    public async Task An_incidents_kind_and_deadline_clocks_survive_storage_and_their_reminders_carry_the_clock()
    {
        var incident = DataLeak();
        incident.RecordDeadlineReminder("notification", T.AddHours(25));
        await InScopeAsync(async s =>
        {
            await s.GetRequiredService<IIncidentStore>().SaveAsync(incident, ReminderPlanner.Plan(incident, Runbook), default);
            return 0;
        });

        var reloaded = (await InScopeAsync(s => s.GetRequiredService<IIncidentStore>().FindByNumberAsync("INC-2026-001", default)))!;
        var clocks = await InScopeAsync(s => s.GetRequiredService<ChatOpsDbContext>().Reminders.Where(r => r.Clock != null && r.Kind != ReminderKind.Communication).OrderBy(r => r.DueAt).Select(r => new { r.Kind, r.DueAt, r.Clock }).ToListAsync());

        Assert.Equal(("data-leak", true), (reloaded.Kind, reloaded.Private));
        var clock = Assert.Single(reloaded.Deadlines);
        var original = incident.Deadlines[0];
        Assert.Equal((original.Key, original.Name, original.Description, original.StartedAt, original.DueAt, original.RemindedThrough),
            (clock.Key, clock.Name, clock.Description, clock.StartedAt, clock.DueAt, clock.RemindedThrough));
        Assert.Equal(original.RemindAt, clock.RemindAt);
        Assert.Equal(original.Remind, clock.Remind);
        Assert.Equal(ReminderPlanner.Deadlines(incident), ReminderPlanner.Deadlines(reloaded));
        Assert.Equal([(ReminderKind.DeadlineReminder, T.AddHours(48)), (ReminderKind.DeadlineOverdue, T.AddHours(72))], clocks.Select(c => (c.Kind, c.DueAt)));
        Assert.All(clocks, c => Assert.Equal("notification", c.Clock));
    }
}
