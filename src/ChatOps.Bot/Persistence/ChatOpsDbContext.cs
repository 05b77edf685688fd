using ChatOps.Core.Alerts;
using ChatOps.Core.Audit;
using ChatOps.Core.Incidents;
using ChatOps.Bot.Persistence.Mappings;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// The bot's database: incidents (timeline and triage as JSON columns), due reminders, settings, the inbox of received
/// intents, the outbox of effects to deliver, the audit log, counters, and which incidents alerts belong to (with the
/// incidents suggested for alerts). One model; each provider has its own
/// subclass, because EF keeps one migrations set and model snapshot per context type and the two providers' snapshots
/// differ (Migrations/Sqlite, Migrations/Postgres).
/// </summary>
public abstract class ChatOpsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<ReminderRow> Reminders => Set<ReminderRow>();
    public DbSet<SettingRow> Settings => Set<SettingRow>();
    public DbSet<InboundRow> Inbox => Set<InboundRow>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<CounterRow> Counters => Set<CounterRow>();
    public DbSet<AlertLinkRow> AlertLinks => Set<AlertLinkRow>();
    public DbSet<AlertSuggestion> AlertSuggestions => Set<AlertSuggestion>();
    public DbSet<DrillLogRow> DrillLog => Set<DrillLogRow>();
    public DbSet<MaintenanceRow> Maintenances => Set<MaintenanceRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<Enum>().HaveConversion<string>();
    }

    // One class per table: Persistence/Mappings, and each feature's own table beside it (the outbox's in Outbound), so
    // this context names no feature's types. Only those namespaces, so nothing else in the assembly is applied by accident.
    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(ChatOpsDbContext).Assembly, type => MappingNamespaces.Contains(type.Namespace));

    private static readonly HashSet<string?> MappingNamespaces = [typeof(IncidentMapping).Namespace, "ChatOps.Bot.Outbound"];
}
