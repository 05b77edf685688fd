using ChatOps.Core.Incidents;
using ChatOps.Bot.Outbound;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>The bot's database: incidents (timeline and triage as JSON columns), due reminders, settings, the inbox of received intents and the outbox of effects to deliver.</summary>
public sealed class ChatOpsDbContext(DbContextOptions<ChatOpsDbContext> options) : DbContext(options)
{
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<ReminderRow> Reminders => Set<ReminderRow>();
    public DbSet<SettingRow> Settings => Set<SettingRow>();
    public DbSet<InboundRow> Inbox => Set<InboundRow>();
    public DbSet<OutboundEffect> Outbox => Set<OutboundEffect>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Incident>(e =>
        {
            e.ToTable("Incidents");
            e.HasKey(i => i.Id);
            e.HasIndex(i => i.Number).IsUnique();
            e.HasIndex(i => new { i.Year, i.Sequence }).IsUnique();
            e.HasIndex(i => i.ChannelId);
            e.HasIndex(i => i.Status);
            e.Property(i => i.Status).HasConversion<string>();
            e.Ignore(i => i.Timeline);
            e.Ignore(i => i.TriageAnswers);
            e.Ignore(i => i.Escalations);
            e.Ignore(i => i.Participants);
            e.Ignore(i => i.IsActive);
            e.AsJsonColumn<Incident, TimelineEntry>("_timeline", "Timeline");
            e.AsJsonColumn<Incident, TriageRecord>("_triage", "Triage");
            e.AsJsonColumn<Incident, EscalationRecord>("_escalations", "Escalations");
            e.AsJsonColumn<Incident, string>("_participants", "Participants");
        });
        model.Entity<ReminderRow>(e =>
        {
            e.ToTable("Reminders");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.DueAt);
            e.HasIndex(r => r.IncidentId);
            e.Property(r => r.Kind).HasConversion<string>();
        });
        model.Entity<InboundRow>(e =>
        {
            e.ToTable("Inbox");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.DedupeKey).IsUnique();
            e.HasIndex(r => r.ProcessedAt);
        });
        model.Entity<OutboundEffect>(e =>
        {
            e.ToTable("Outbox");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.Ref).IsUnique();
            e.HasIndex(r => new { r.Status, r.Queue, r.Id });
            e.HasIndex(r => new { r.Kind, r.ResultId });
        });
        model.Entity<SettingRow>(e =>
        {
            e.ToTable("Settings");
            e.HasKey(s => s.Key);
        });
    }
}
