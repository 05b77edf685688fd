using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The AlertLinks table: one row per alert key, found by key (its primary key) or by incident.</summary>
public sealed class AlertLinkMapping : IEntityTypeConfiguration<AlertLinkRow>
{
    public void Configure(EntityTypeBuilder<AlertLinkRow> e)
    {
        e.ToTable("AlertLinks");
        e.HasKey(l => l.Key);
        e.Property(l => l.Key).HasMaxLength(Core.Alerts.AlertKeys.MaxLength);
        e.HasIndex(l => l.IncidentId);
    }
}
