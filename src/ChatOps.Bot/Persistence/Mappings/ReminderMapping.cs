using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Reminders table, read by due time and by incident.</summary>
public sealed class ReminderMapping : IEntityTypeConfiguration<ReminderRow>
{
    public void Configure(EntityTypeBuilder<ReminderRow> e)
    {
        e.ToTable("Reminders");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.DueAt);
        e.HasIndex(r => r.IncidentId);
        e.Property(r => r.Kind).HasConversion<string>();
    }
}
